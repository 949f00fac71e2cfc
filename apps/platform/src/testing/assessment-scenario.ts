// The scenario moved to @tuijin/testing so the distributed topology's end-to-end test enters the same one.
export * from '@tuijin/testing';
