/** The outcome of one delivery to a group robot: never lost, always recorded and shown. */
export interface RobotDelivery {
  outcome: 'DELIVERED' | 'FAILED';
  /** Why it failed, in words that name no secret (the address carries the robot's key). */
  reason?: string;
}

const TIMEOUT_MS = 5000;

/**
 * Sends a text to a WeChat Work (企业微信) or DingTalk (钉钉) group robot: both take
 * `{"msgtype":"text","text":{"content":…}}` and answer `{"errcode":0}` when they accept it.
 */
export async function sendToGroupRobot(url: string, text: string): Promise<RobotDelivery> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'text', text: { content: text } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
    const body = await response.text();
    if (!response.ok) return { outcome: 'FAILED', reason: `the robot answered HTTP ${response.status}` };
    const errcode = errcodeOf(body);
    if (errcode !== undefined && errcode !== 0)
      return { outcome: 'FAILED', reason: `the robot refused the message (errcode ${errcode})` };
    return { outcome: 'DELIVERED' };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return { outcome: 'FAILED', reason: `no answer within ${TIMEOUT_MS / 1000} s` };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { outcome: 'FAILED', reason: cause ? `could not reach the robot (${cause})` : 'could not reach the robot' };
  }
}

function errcodeOf(body: string): number | undefined {
  try {
    const parsed = JSON.parse(body) as { errcode?: unknown };
    return typeof parsed.errcode === 'number' ? parsed.errcode : undefined;
  } catch {
    return undefined;
  }
}
