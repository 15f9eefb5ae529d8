import com.netcore.byok.kms.testserver.KmsTestServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * The tests' KMS test server behind TLS on 127.0.0.1, for installer/linux/smoke-test.sh: the installed program
 * reaches it over HTTPS, as it reaches AWS. Only elliptic-curve key exchange is offered (run with
 * {@code -Djdk.tls.namedGroups=x25519,secp256r1}, as AWS endpoints do) and the certificate is ECDSA P-256,
 * so a runtime without jdk.crypto.ec cannot connect.
 * <p>{@code java -cp target/test-classes:target/lib/* installer/linux/smoke/TlsKmsServer.java KEYSTORE.p12 PASSWORD}
 * prints {@code READY <https port>} and runs until killed.
 */
public final class TlsKmsServer {
    public static void main(String[] args) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(args[0])) {
            keys.load(in, args[1].toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, args[1].toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);

        KmsTestServer kms = KmsTestServer.start();
        int plainPort = kms.endpoint().getPort();
        SSLServerSocket server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        System.out.println("READY " + server.getLocalPort());
        System.out.flush();
        while (true) {
            SSLSocket client = (SSLSocket) server.accept();
            Thread thread = new Thread(() -> forward(client, plainPort), "tls-forward");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void forward(SSLSocket client, int plainPort) {
        try (client; Socket backend = new Socket(InetAddress.getLoopbackAddress(), plainPort)) {
            client.startHandshake();
            System.out.println("TLS " + client.getSession().getProtocol() + " " + client.getSession().getCipherSuite());
            System.out.flush();
            Thread up = new Thread(() -> pump(client, backend), "tls-up");
            up.setDaemon(true);
            up.start();
            pump(backend, client);
            up.join();
        } catch (IOException | InterruptedException e) {
            System.out.println("TLS connection failed: " + e);
            System.out.flush();
        }
    }

    private static void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[16384];
            for (int n; (n = in.read(buffer)) > 0;) {
                out.write(buffer, 0, n);
                out.flush();
            }
            if (!(to instanceof SSLSocket)) {
                to.shutdownOutput();
            } else {
                to.close();
            }
        } catch (IOException e) {
            // the other side closed the connection
        }
    }
}
