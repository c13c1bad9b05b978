package io.accountsuite.domain.domains;

import java.io.FileOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A real TLS endpoint on 127.0.0.1 with a certificate for the given names, issued by a test CA; the CA is written
 * to a PKCS12 trust store for the service's certificate check.
 */
final class TestTlsServer {

    static final String PASSWORD = "test-store";

    private final SSLServerSocket socket;
    private final Path trustStore;

    TestTlsServer(String... names) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair caKeys = generator.generateKeyPair();
        KeyPair leafKeys = generator.generateKeyPair();
        Date from = Date.from(Instant.now().minus(Duration.ofDays(1)));
        Date until = Date.from(Instant.now().plus(Duration.ofDays(30)));
        X500Name caName = new X500Name("CN=Account Suite Test CA");
        var caBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, from, until, caName, caKeys.getPublic());
        caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        X509Certificate ca = sign(caBuilder, caKeys);
        var leafBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.TWO, from, until,
                new X500Name("CN=" + names[0]), leafKeys.getPublic());
        GeneralName[] alternatives = new GeneralName[names.length];
        for (int i = 0; i < names.length; i++) {
            alternatives[i] = new GeneralName(GeneralName.dNSName, names[i]);
        }
        leafBuilder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternatives));
        X509Certificate leaf = sign(leafBuilder, caKeys);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", leafKeys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {leaf, ca});
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
        socket.bind(new InetSocketAddress("127.0.0.1", 0));

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("test-ca", ca);
        trustStore = Files.createTempFile("test-trust", ".p12");
        try (var out = new FileOutputStream(trustStore.toFile())) {
            trust.store(out, PASSWORD.toCharArray());
        }
        Thread server = new Thread(this::serve, "test-tls");
        server.setDaemon(true);
        server.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    String trustStore() {
        return trustStore.toString();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (SSLSocket client = (SSLSocket) socket.accept()) {
                client.setSoTimeout(5000);
                client.startHandshake();
            } catch (IOException e) {
                // a client that gives up mid-handshake (e.g. an untrusted name) is expected
            }
        }
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, KeyPair issuer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
    }
}
