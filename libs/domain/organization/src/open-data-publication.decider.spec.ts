import { openDataPublicationDecider, type OpenDataPublicationEvent } from './open-data-publication.decider';
import { specify } from './testing/decider-specification';

const spec = specify(openDataPublicationDecider);
const TODAY = '2025-06-01';
const published: OpenDataPublicationEvent = {
  type: 'OpenDataPublished',
  occurredOn: TODAY,
  data: { districtId: 'd-1' },
};
const withdrawn: OpenDataPublicationEvent = {
  type: 'OpenDataWithdrawn',
  occurredOn: TODAY,
  data: { districtId: 'd-1' },
};

describe('open-data publication', () => {
  it('is off until turned on, then on until taken down', () => {
    expect(openDataPublicationDecider.initialState.published).toBe(false);
    const on = spec.given([]).when({ type: 'PublishOpenData', today: TODAY, districtId: 'd-1' }).then([published]);
    expect(on.published).toBe(true);
    const off = spec
      .given([published])
      .when({ type: 'WithdrawOpenData', today: TODAY, districtId: 'd-1' })
      .then([withdrawn]);
    expect(off.published).toBe(false);
  });

  it('refuses to turn on what is on, or take down what is not up', () => {
    spec
      .given([published])
      .when({ type: 'PublishOpenData', today: TODAY, districtId: 'd-1' })
      .thenRejects('CONFLICT', 'already public');
    spec
      .given([published, withdrawn])
      .when({ type: 'WithdrawOpenData', today: TODAY, districtId: 'd-1' })
      .thenRejects('CONFLICT', 'not public');
  });
});
