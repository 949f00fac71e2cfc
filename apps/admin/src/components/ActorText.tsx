import { useTranslation } from 'react-i18next';
import { useUserNames } from '../workspace/use-user-names';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ActorRef {
  userId: string;
  role: string;
}

/**
 * Who did something, in words: the role, and the person's name when the viewer may know it
 * (never a bare id).
 */
export function useActorText(): (actor: ActorRef) => string {
  const { t, i18n } = useTranslation();
  const nameOf = useUserNames();
  return (actor) => {
    const roleKey = `role.${actor.role}`;
    const role = i18n.exists(roleKey) ? t(roleKey) : actor.role;
    const name = nameOf(actor.userId) ?? (UUID.test(actor.userId) ? undefined : actor.userId);
    return name ? `${role} · ${name}` : role;
  };
}
