import { openDataPublicationDecider } from '@tuijin/domain-organization';
import { handlersOf } from '../commands/command-handler';
import { streamOf } from '../ids';

const publication = handlersOf(openDataPublicationDecider);

const toggle = (type: 'PublishOpenData' | 'WithdrawOpenData') =>
  publication({
    stream: (data: { districtId: string }) => streamOf.openData(data.districtId),
    command: async ({ districtId }, _state, { metadata, checks }) => {
      await checks.requireDistrict(districtId);
      return { type, today: metadata.today, districtId };
    },
    answer: (data) => ({ id: data.districtId }),
  });

/** Turning a district's public open-data address (OC4IDS) on and off. Answers the district id as `id`. */
export const openDataHandlers = {
  PublishOpenData: toggle('PublishOpenData'),
  WithdrawOpenData: toggle('WithdrawOpenData'),
};
