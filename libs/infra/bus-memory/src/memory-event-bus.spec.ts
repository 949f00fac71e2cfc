import { runEventBusContract } from '@tuijin/testing';
import { MemoryEventBus } from './memory-event-bus';

runEventBusContract('in-process', async () => new MemoryEventBus());
