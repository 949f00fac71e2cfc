import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;

/** A MongoDB-wire test server (mongo-java-server, memory backend) on 127.0.0.1:<port>. */
public class LocalMongo {
    /** Introduces itself as MongoDB 5.0 (wire version 13): current drivers refuse anything older than 4.4. */
    static final MongoVersion MONGO_5_0 = new MongoVersion() {
        public List<Integer> getVersionArray() { return List.of(5, 0, 0); }
        public int getWireVersion() { return 13; }
    };

    public static void main(String[] args) throws InterruptedException {
        MongoServer server = new MongoServer(new MemoryBackend().version(MONGO_5_0));
        server.bind("127.0.0.1", Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("LocalMongo listening on 127.0.0.1:" + args[0]);
        Thread.currentThread().join();
    }
}
