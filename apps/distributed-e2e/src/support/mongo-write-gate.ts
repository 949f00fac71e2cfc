import { createServer, connect, type Server, type Socket } from 'net';

/** OP_MSG, the wire message every command of the MongoDB driver travels in. */
const OP_MSG = 2013;
const WRITES = new Set(['insert', 'update', 'delete', 'findAndModify']);

/** The command an OP_MSG carries: the first field of its body (section kind 0, right after the flags). */
function commandOf(message: Buffer): string | undefined {
  if (message.readInt32LE(12) !== OP_MSG || message[20] !== 0) return undefined;
  const nameStart = 26; // body length (4 bytes) at 21, the first field's type byte at 25
  return message.toString('latin1', nameStart, message.indexOf(0, nameStart));
}

/**
 * A TCP relay between one service and the MongoDB server that can hold the service's next
 * write: reads pass, and from the first insert, update or delete on, whatever that connection
 * sends is kept back until `release`. It pins a stall at the moment a batch goes to the
 * database, which a signal sent from outside hits only by chance.
 */
export class MongoWriteGate {
  private armed?: () => void;
  private held?: { socket: Socket; messages: Buffer[] };
  private readonly server: Server = createServer((client) => this.relay(client));

  private constructor(private readonly target: URL) {}

  /** Listens on a free port in front of the (single-host) server of `mongoUrl`. */
  static async open(mongoUrl: string): Promise<MongoWriteGate> {
    const gate = new MongoWriteGate(new URL(mongoUrl));
    await new Promise<void>((resolve) => gate.server.listen(0, '127.0.0.1', resolve));
    return gate;
  }

  /** The connection string that leads through the gate. */
  get url(): string {
    const url = new URL(this.target);
    url.host = `127.0.0.1:${(this.server.address() as { port: number }).port}`;
    // a replica set would hand the driver its members' own addresses, around the gate
    url.searchParams.set('directConnection', 'true');
    return url.toString();
  }

  /** Resolves once the next write is held back. */
  holdNextWrite(): Promise<void> {
    return new Promise((resolve) => (this.armed = resolve));
  }

  /** Lets writes pass again without having held one. */
  disarm(): void {
    this.armed = undefined;
  }

  /** Sends on what was held, and lets everything pass from now on. */
  release(): void {
    const held = this.held;
    this.held = undefined;
    for (const message of held?.messages ?? []) held?.socket.write(message);
  }

  async close(): Promise<void> {
    await new Promise((resolve) => this.server.close(resolve));
  }

  private relay(client: Socket): void {
    const server = connect(Number(this.target.port || 27017), this.target.hostname);
    server.pipe(client);
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
    client.on('close', () => server.destroy());
    let pending = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4 && pending.length >= pending.readInt32LE(0)) {
        const message = pending.subarray(0, pending.readInt32LE(0));
        pending = pending.subarray(message.length);
        this.forward(message, server);
      }
    });
  }

  private forward(message: Buffer, server: Socket): void {
    if (this.held?.socket === server) {
      this.held.messages.push(message);
    } else if (this.armed && WRITES.has(commandOf(message) ?? '')) {
      this.held = { socket: server, messages: [message] };
      this.armed();
      this.armed = undefined;
    } else {
      server.write(message);
    }
  }
}
