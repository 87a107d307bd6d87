// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ServeCommand.h"

#include "cli/Cli.h"
#include "cli/Listening.h"
#include "polls/QrCode.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"
#include "vote/RoomNetwork.h"
#include "vote/VoteServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QImage>
#include <QSaveFile>
#include <cstdio>
#include <memory>

namespace rt::cli {

int runServe(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption pollOption(QStringLiteral("poll"),
                                        tr("the poll to open, by its number in the file (from 1)"),
                                        QStringLiteral("N"));
    const QCommandLineOption bindOption(
        QStringLiteral("bind"),
        tr("the address of this computer to listen on (default: the first IPv4 address of a running "
           "network interface that is not a VPN, container or virtual machine, else 127.0.0.1)"),
        QStringLiteral("ADDR"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        tr("the port (default 8765, as in the window, so the poll's link stays the same; 0: any free port)"),
        QStringLiteral("P"), QStringLiteral("8765"));
    const QCommandLineOption qrOption(
        QStringLiteral("qr"), tr("also write the voting address's QR code to OUT.png (to print or project)"),
        QStringLiteral("OUT.png"));
    parser.addOptions({pollOption, bindOption, portOption, qrOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("the session file; votes are committed to it as they arrive"));
    if (const int status = parseArguments(parser, QStringLiteral("serve"), args); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(tr("serve: unexpected argument %1; usage: serve FILE --poll N [--bind ADDR] [--port P] "
                       "[--qr OUT.png]")
                        .arg(files.at(1)));
    int pollNumber = 0;
    if (parser.isSet(pollOption)) {
        bool ok = false;
        pollNumber = parser.value(pollOption).toInt(&ok);
        if (!ok || pollNumber < 1)
            return fail(tr("serve: --poll needs a poll number from 1"));
    }
    bool portOk = false;
    const int port = parser.value(portOption).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535)
        return fail(tr("serve: --port needs a number from 0 to 65535"));
    if (files.isEmpty() || pollNumber == 0)
        return fail(tr("serve: usage: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]"));
    const QString file = files.first();
    const QString bind = parser.value(bindOption);

    std::unique_ptr<QCoreApplication> ownApp;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "roundtable";
        static char* argv[] = {name, nullptr};
        ownApp = std::make_unique<QCoreApplication>(argc, argv);
    }

    QHostAddress address;
    QString interfaceName;
    QString why;
    if (bind.isEmpty()) {
        const vote::RoomAddress chosen
            = vote::RoomNetwork::chooseDefault(vote::RoomNetwork::addresses(), &why);
        address = chosen.address;
        interfaceName = chosen.interfaceName;
    } else {
        if (!address.setAddress(bind))
            return fail(tr("serve: --bind %1 is not an IP address").arg(bind));
        if (address.isEqual(QHostAddress(QHostAddress::AnyIPv4))
            || address.isEqual(QHostAddress(QHostAddress::AnyIPv6)))
            return fail(tr("serve: --bind %1 would listen on every interface; name one address").arg(bind));
        if (!isLocalAddress(address))
            return fail(tr("serve: --bind %1 is not an address of this computer").arg(bind));
    }

    Document doc;
    if (const SessionError e = doc.open(file))
        return fail(e.message);
    Store* store = doc.store();
    const QList<qint64> polls = store->ids(Kind::Poll);
    if (pollNumber > polls.size())
        return fail(tr("serve: %1 has %n poll(s); there is no poll %2", nullptr, int(polls.size()))
                        .arg(file, QString::number(pollNumber)));
    const qint64 pollId = polls.at(pollNumber - 1);
    const QString& state = col::State;
    if (store->row(Kind::Poll, pollId).str(state) != QLatin1String("open")
        && !store->update(Kind::Poll, pollId, state, QStringLiteral("open")))
        return fail(tr("serve: cannot open poll %1 in %2: %3")
                        .arg(QString::number(pollNumber), file, store->lastError()));

    StopSignals stop;
    if (!stop.isReady())
        return fail(tr("serve: cannot set up signal handling"));

    vote::VoteServer server(store, pollId);
    QString error;
    if (!server.start(address, quint16(port), &error))
        return fail(tr("serve: %1").arg(error));
    const QString url = server.url().toString(QUrl::FullyEncoded);
    if (parser.isSet(qrOption)) {
        const QString out = parser.value(qrOption);
        QSaveFile png(out);
        const QImage code = polls::qrCodeImage(url, 12);
        if (code.isNull() || !png.open(QIODevice::WriteOnly) || !code.save(&png, "PNG") || !png.commit()) {
            server.stop();
            return fail(tr("serve: cannot write the QR code to %1: %2").arg(out, png.errorString()));
        }
    }
    // Not translated: scripts read this first line (the command-line contract, docs/USER-GUIDE.md).
    print(QStringLiteral("Voting open at %1\n").arg(url));
    // The code to scan, in the terminal (dark on light whatever the terminal's colours).
    print(polls::qrCodeText(url));
    if (!why.isEmpty())
        print(why + QLatin1Char('\n'));
    if (!interfaceName.isEmpty())
        print(tr("Listening on %1 (%2) only. Stop with Ctrl+C.").arg(address.toString(), interfaceName)
              + QLatin1Char('\n'));
    else
        print(tr("Listening on %1 only. Stop with Ctrl+C.").arg(address.toString()) + QLatin1Char('\n'));
    std::fflush(stdout);

    QEventLoop loop;
    QObject::connect(&server, &vote::VoteServer::stopped, &loop, &QEventLoop::quit);
    stop.wait(loop);

    // Commit and answer what is queued, refuse everything after, then close the poll.
    server.stop();
    const qint64 acknowledged = server.acknowledged();
    if (store->row(Kind::Poll, pollId).str(state) != QLatin1String("closed"))
        store->update(Kind::Poll, pollId, state, QStringLiteral("closed"));
    doc.close();
    print(tr("Poll %1 closed; %n vote(s) recorded in this run.", nullptr, int(acknowledged)).arg(pollNumber)
          + QLatin1Char('\n'));
    std::fflush(stdout);
    return 0;
}

} // namespace rt::cli
