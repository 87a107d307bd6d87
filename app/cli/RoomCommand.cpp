// SPDX-License-Identifier: GPL-3.0-or-later
// `roundtable room host FILE` and `roundtable room join URL FILE`: the live room without the window.
#include "cli/Cli.h"
#include "cli/Listening.h"
#include "interchange/RoomSync.h"
#include "room/RoomClient.h"
#include "room/RoomProtocol.h"
#include "room/RoomServer.h"
#include "session/Document.h"
#include "store/IdentityRepository.h"
#include "store/Store.h"
#include "vote/RoomNetwork.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <cstdio>
#include <memory>

namespace rt::cli {

namespace {
std::unique_ptr<QCoreApplication> ensureApp()
{
    if (QCoreApplication::instance())
        return {};
    static int argc = 1;
    static char name[] = "roundtable";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QCoreApplication>(argc, argv);
}

int host(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption bindOption(
        QStringLiteral("bind"),
        tr("the address of this computer to listen on (default: a network interface that is up and not a "
           "VPN, container or virtual machine's; else 127.0.0.1)"),
        QStringLiteral("ADDR"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        tr("the port (default: the one this session used last, else 47800)"),
                                        QStringLiteral("P"), QStringLiteral("0"));
    parser.addOptions({bindOption, portOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the session file: the room's record"));
    if (const int status = parseArguments(parser, QStringLiteral("room host"), args); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(tr("room host: usage: room host FILE [--bind ADDR] [--port P]"));
    bool portOk = false;
    const int port = parser.value(portOption).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535)
        return fail(tr("room host: --port needs a number from 0 to 65535"));
    auto app = ensureApp();
    QHostAddress address;
    QString why;
    if (parser.isSet(bindOption)) {
        const QString bind = parser.value(bindOption);
        if (!address.setAddress(bind))
            return fail(tr("room host: --bind %1 is not an IP address").arg(bind));
        if (address.isEqual(QHostAddress(QHostAddress::AnyIPv4))
            || address.isEqual(QHostAddress(QHostAddress::AnyIPv6)))
            return fail(
                tr("room host: --bind %1 would listen on every interface; name one address").arg(bind));
        if (!isLocalAddress(address))
            return fail(tr("room host: --bind %1 is not an address of this computer").arg(bind));
    } else {
        address = vote::RoomNetwork::chooseDefault(vote::RoomNetwork::addresses(), &why).address;
    }
    StopSignals stop;
    if (!stop.isReady())
        return fail(tr("room host: cannot set up signal handling"));
    Document doc;
    if (const SessionError e = doc.open(files.first()))
        return fail(e.message);
    room::RoomServer server(doc.store());
    QString error;
    if (!server.start(address, quint16(port), &error))
        return fail(tr("room host: %1").arg(error));
    // Not translated: scripts read this first line (the command-line contract).
    print(QStringLiteral("Room open at %1\n").arg(server.url().toString(QUrl::FullyEncoded)));
    print(tr("Join code: %1 (on %2, port %3)")
              .arg(server.joinCode(), server.address().toString())
              .arg(server.port())
          + QLatin1Char('\n'));
    if (!why.isEmpty())
        print(why + QLatin1Char('\n'));
    print(tr("Listening on %1 only. Stop with Ctrl+C.").arg(server.address().toString()) + QLatin1Char('\n'));
    std::fflush(stdout);
    QEventLoop loop;
    stop.wait(loop);
    server.stop();
    doc.close();
    print(tr("Room closed; the session file holds everything the laptops sent.") + QLatin1Char('\n'));
    return 0;
}

int join(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption capturesOption(
        QStringLiteral("captures"),
        tr("what this laptop captures, e.g. table:3 or place:1 (shown on the host)"), QStringLiteral("WHAT"));
    parser.addOption(capturesOption);
    parser.addPositionalArgument(QStringLiteral("ROOM"),
                                 tr("the room's address (http://…/room/…), or \"ADDRESS CODE\" in quotes"));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("this laptop's copy of the session; received from the room when missing"));
    if (const int status = parseArguments(parser, QStringLiteral("room join"), args); status >= 0)
        return status;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return fail(tr("room join: usage: room join ROOM FILE [--captures WHAT]"));
    auto app = ensureApp();
    StopSignals stop;
    if (!stop.isReady())
        return fail(tr("room join: cannot set up signal handling"));
    QString error;
    const QUrl url = room::parseRoom(pos.at(0), &error);
    if (!url.isValid())
        return fail(tr("room join: %1").arg(error));
    const QString file = pos.at(1);
    room::RoomInfo info;
    if (!QFileInfo::exists(file)) {
        if (!room::fetchSession(url, file, &error))
            return fail(tr("room join: cannot receive the session from %1: %2").arg(url.host(), error));
        print(tr("Received the room's session into %1.").arg(file) + QLatin1Char('\n'));
    } else if (!room::fetchHello(url, &info, &error)) {
        // Offline first: a laptop with its copy works on and joins when the host is there.
        print(tr("The room cannot be reached yet (%1); edits wait in the file.").arg(error)
              + QLatin1Char('\n'));
    }
    Document doc;
    if (const SessionError e = doc.open(file))
        return fail(e.message);
    if (!info.origin.isEmpty() && info.origin != IdentityRepository(*doc.store()).origin())
        return fail(tr("room join: %1 is not a copy of the room's session (\"%2\"); join without a file to "
                       "receive it")
                        .arg(file, info.title));
    if (!room::startMember(*doc.store(), url.toString(), parser.value(capturesOption)))
        return fail(tr("room join: %1").arg(doc.store()->lastError()));
    room::RoomClient client(doc.store(), url);
    QObject::connect(&client, &room::RoomClient::statusChanged, &client, [&client] {
        static room::RoomClient::State last = room::RoomClient::State::Connecting;
        if (client.state() != last) {
            last = client.state();
            print(client.statusText() + QLatin1Char('\n'));
            std::fflush(stdout);
        }
    });
    print(QStringLiteral("Joined %1\n").arg(url.toString(QUrl::FullyEncoded)));
    std::fflush(stdout);
    client.start();
    QEventLoop loop;
    stop.wait(loop);
    client.stop();
    const int waiting = client.waiting();
    doc.close();
    print(tr("Left the room; %n edit(s) still waiting for the host.", nullptr, waiting) + QLatin1Char('\n'));
    return 0;
}
} // namespace

int runRoom(const QStringList& args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("host"))
        return host(args.mid(1));
    if (what == QLatin1String("join"))
        return join(args.mid(1));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("host|join"),
                                 tr("host the live room on this laptop, or join one as a table laptop "
                                    "(`roundtable room host --help`, `roundtable room join --help`)"));
    if (const int status = parseArguments(parser, QStringLiteral("room"), args); status >= 0)
        return status;
    return fail(tr("room: say host or join; see roundtable room --help"));
}

} // namespace rt::cli
