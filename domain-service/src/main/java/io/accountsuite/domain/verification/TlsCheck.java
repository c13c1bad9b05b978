package io.accountsuite.domain.verification;

import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import io.netty.util.NetUtil;
import org.springframework.stereotype.Component;

/**
 * The certificate stage: a TLS handshake for the name (SNI), with hostname verification, trusted by the
 * configured trust store ({@code domain.tls.trust-store}) or the JDK's. It connects to the address the DNS stage
 * verified (the network's), never to whatever the name resolves to now: a name re-pointed between the stages, or at
 * an internal address, cannot make the service connect elsewhere.
 */
@Component
public class TlsCheck {

    public record Result(boolean passed, String issuer, Instant expiresAt, String problem) {
    }

    private final SSLContext context;
    private final int port;

    public TlsCheck(CheckSettings settings) throws GeneralSecurityException, IOException {
        this.port = settings.tls().port();
        String trustStore = settings.tls().trustStore();
        String password = settings.tls().trustStorePassword();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        if (trustStore.isBlank()) {
            trust.init((KeyStore) null);
        } else {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = new FileInputStream(trustStore)) {
                store.load(in, password.toCharArray());
            }
            trust.init(store);
        }
        this.context = SSLContext.getInstance("TLS");
        this.context.init(null, trust.getTrustManagers(), null);
    }

    /**
     * @param name    the domain, for SNI and hostname verification
     * @param address the IP literal the DNS stage verified the name reaches (the network's address)
     */
    public Result check(String name, String address) {
        InetAddress verified = NetUtil.createInetAddressFromIpAddressString(address == null ? "" : address);
        if (verified == null) {
            return new Result(false, null, null, "no verified address to connect to");
        }
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(verified, port), 5000);
            plain.setSoTimeout(5000);
            return handshake(name, (SSLSocket) context.getSocketFactory().createSocket(plain, name, port, false));
        } catch (IOException e) {
            return new Result(false, null, null, e.getMessage());
        }
    }

    private Result handshake(String name, SSLSocket socket) throws IOException {
        try (socket) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(name)));
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            X509Certificate certificate = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            return new Result(true, certificate.getIssuerX500Principal().getName(),
                    certificate.getNotAfter().toInstant(), null);
        }
    }
}
