package io.accountsuite.domain.verification;

import java.io.FileInputStream;
import java.io.IOException;
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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The certificate stage: a TLS handshake for the name (SNI), with hostname verification, trusted by the
 * configured trust store ({@code domain.tls.trust-store}) or the JDK's.
 */
@Component
public class TlsCheck {

    public record Result(boolean passed, String issuer, Instant expiresAt, String problem) {
    }

    private final SSLContext context;
    private final int port;
    private final String connectTo;

    public TlsCheck(@Value("${domain.tls.port:443}") int port,
                    @Value("${domain.tls.connect-to:}") String connectTo,
                    @Value("${domain.tls.trust-store:}") String trustStore,
                    @Value("${domain.tls.trust-store-password:}") String password) throws GeneralSecurityException,
            IOException {
        this.port = port;
        this.connectTo = connectTo;
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

    public Result check(String name) {
        String host = connectTo.isBlank() ? name : connectTo;
        // The TLS layer is told the domain's name, whatever address it reaches: hostname verification checks that.
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), 5000);
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
