import { runViewStoreContract } from '@tuijin/testing';
import { MemoryViewStore } from './memory-view-store';

runViewStoreContract('in-memory', async () => new MemoryViewStore());
runViewStoreContract('in-memory, indexed', async () => new MemoryViewStore(['districtId', 'stage']));
