package io.accountsuite.testkit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/**
 * A real DNS server on 127.0.0.1 (UDP) answering from a small zone the test sets up, built with dnsjava: on a free
 * port for a service's own tests, or on a fixed one that a running suite was told to ask.
 */
public final class TestDnsServer implements AutoCloseable {

    private final DatagramSocket socket;
    private final Map<String, List<Record>> zone = new ConcurrentHashMap<>();

    public TestDnsServer() throws IOException {
        this(0);
    }

    public TestDnsServer(int port) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", port));
        Thread server = new Thread(this::serve, "test-dns");
        server.setDaemon(true);
        server.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public void a(String name, String address) throws IOException {
        Name owner = Name.fromString(name + ".");
        records(name).add(new ARecord(owner, DClass.IN, 60, InetAddress.getByName(address)));
    }

    public void cname(String name, String target) throws IOException {
        records(name).add(new CNAMERecord(Name.fromString(name + "."), DClass.IN, 60, Name.fromString(target + ".")));
    }

    private List<Record> records(String name) {
        return zone.computeIfAbsent(name.toLowerCase() + ".", n -> new CopyOnWriteArrayList<>());
    }

    @Override
    public void close() {
        socket.close();
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                Message query = new Message(Arrays.copyOf(packet.getData(), packet.getLength()));
                Record question = query.getQuestion();
                Message answer = new Message(query.getHeader().getID());
                answer.getHeader().setFlag(Flags.QR);
                answer.getHeader().setFlag(Flags.AA);
                answer.addRecord(question, Section.QUESTION);
                List<Record> known = zone.getOrDefault(question.getName().toString().toLowerCase(), List.of());
                known.stream().filter(r -> r.getType() == question.getType())
                        .forEach(r -> answer.addRecord(r, Section.ANSWER));
                if (known.isEmpty()) {
                    answer.getHeader().setRcode(Rcode.NXDOMAIN);
                }
                byte[] wire = answer.toWire();
                socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    e.printStackTrace();
                }
            }
        }
    }
}
