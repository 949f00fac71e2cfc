import { asKnownAt, projectIdOf } from './open-data-package';

describe('reading a package in the app', () => {
  it('finds the project behind an OC4IDS id by the prefix, and nothing for an id without it', () => {
    expect(projectIdOf('oc4ids-tuijin-5b1f-2c3d', 'oc4ids-tuijin')).toBe('5b1f-2c3d');
    expect(projectIdOf('oc4ids-other1-5b1f', 'oc4ids-tuijin')).toBeUndefined();
  });

  it('asks for the package as known at an instant', () => {
    expect(asKnownAt('/downloads/oc4ids/districts/d.json', '2025-07-05T00:00:00.000Z')).toBe(
      '/downloads/oc4ids/districts/d.json?knownAt=2025-07-05T00%3A00%3A00.000Z',
    );
    expect(asKnownAt('/downloads/oc4ids/districts/d.json', undefined)).toBe('/downloads/oc4ids/districts/d.json');
  });
});
