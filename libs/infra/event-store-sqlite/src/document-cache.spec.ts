import { DocumentCache } from './document-cache';

describe('the parsed documents the SQLite read-model store keeps', () => {
  it('keeps no more JSON than its budget, letting the earliest kept go first', () => {
    const cache = new DocumentCache(100);
    cache.keep('projects', { id: 'p1' }, 40);
    cache.keep('projects', { id: 'p2' }, 40);
    cache.keep('units', { id: 'u1' }, 40);
    expect(cache.get('projects', 'p1')).toBeUndefined();
    expect(cache.get('projects', 'p2')).toEqual({ id: 'p2' });
    expect(cache.get('units', 'u1')).toEqual({ id: 'u1' });
    // the same id in another collection is another document
    expect(cache.get('units', 'p2')).toBeUndefined();
  });

  it('replaces a document in use with the one written, and leaves others to be read when asked for', () => {
    const cache = new DocumentCache(100);
    cache.keep('projects', { id: 'p1', name: '旧名' } as never, 30);
    cache.written('projects', { id: 'p1', name: '新名' } as never, 30);
    cache.written('projects', { id: 'p2', name: '未读' } as never, 30);
    expect(cache.get('projects', 'p1')).toEqual({ id: 'p1', name: '新名' });
    expect(cache.get('projects', 'p2')).toBeUndefined();
    // a larger replacement counts at its own size
    cache.written('projects', { id: 'p1', name: '更长的新名' } as never, 90);
    cache.keep('units', { id: 'u1' }, 20);
    expect(cache.get('projects', 'p1')).toBeUndefined();
  });

  it('hands out frozen documents, so no reader changes what others read', () => {
    const cache = new DocumentCache(100);
    const doc = cache.keep('projects', { id: 'p1' }, 10);
    expect(Object.isFrozen(doc)).toBe(true);
    cache.clear();
    expect(cache.get('projects', 'p1')).toBeUndefined();
  });
});
