// SPDX-License-Identifier: GPL-3.0-or-later
// The live-room suite's laptop: a process with its own session file that adds notes to one table
// (or, as the host, renames agenda items) through the app's document and undo commands, and
// prints "committed ID" only after each edit is in its file. It stays in the room (syncing) until
// SIGTERM; the suite kills, stops and restarts these processes at random moments.
//   rt_roomtable join ROOM FILE TABLE EVERY_MS COUNT
//   rt_roomtable host FILE PORT EVERY_MS COUNT
//   rt_roomtable offline FILE TABLE EVERY_MS COUNT
#include "commands/RowCommands.h"
#include "interchange/RoomSync.h"
#include "room/RoomClient.h"
#include "room/RoomProtocol.h"
#include "room/RoomServer.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace rt;

namespace {
int g_pipe[2] = {-1, -1};
extern "C" void onTerm(int)
{
    const char b = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &b, 1);
}

void say(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments().mid(1);
    const QString mode = a.value(0);
    const bool host = mode == QLatin1String("host");
    if (a.size() != (mode == QLatin1String("join") ? 6 : 5)) {
        std::fputs(
            "usage: rt_roomtable join ROOM FILE TABLE EVERY_MS COUNT | host FILE PORT EVERY_MS COUNT | "
            "offline FILE TABLE EVERY_MS COUNT\n",
            stderr);
        return 2;
    }
    const bool join = mode == QLatin1String("join");
    const QString room = join ? a.at(1) : QString();
    const QString file = join ? a.at(2) : a.at(1);
    const int table = a.at(join ? 3 : 2).toInt();
    const int every = a.at(join ? 4 : 3).toInt();
    const int count = a.at(join ? 5 : 4).toInt();
    QString error;
    QUrl url;
    if (join) {
        url = room::parseRoom(room, &error);
        if (!QFileInfo::exists(file) && !room::fetchSession(url, file, &error)) {
            std::fprintf(stderr, "cannot receive the session: %s\n", qPrintable(error));
            return 3; // the suite starts it again once the host is back
        }
    }
    Document doc;
    if (SessionError e = doc.open(file)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    Store* store = doc.store();
    std::unique_ptr<room::RoomServer> server;
    std::unique_ptr<room::RoomClient> client;
    if (host) {
        server = std::make_unique<room::RoomServer>(store);
        if (!server->start(QHostAddress::LocalHost, quint16(table), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        say("open " + server->url().toString().toUtf8());
    } else if (join) {
        if (!room::startMember(*store, url.toString(), QStringLiteral("table:%1").arg(table))) {
            std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
            return 1;
        }
        client = std::make_unique<room::RoomClient>(store, url);
        client->start();
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return 1;
    signal(SIGTERM, onTerm);
    QSocketNotifier stop(g_pipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &app, &QCoreApplication::quit);

    const QList<qint64> tables = store->ids(Kind::Table);
    const QList<qint64> prompts = store->ids(Kind::Prompt);
    const QList<qint64> agenda = store->ids(Kind::AgendaItem);
    int made = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (made >= count) {
            tick.stop();
            say("done");
            return;
        }
        QUndoCommand* command = nullptr;
        // When it was typed, for the benchmark's "typed → on the host" figure.
        const QString text = QStringLiteral("%1 %2 on %3 @%4")
                                 .arg(mode)
                                 .arg(made)
                                 .arg(store->device().name)
                                 .arg(QDateTime::currentMSecsSinceEpoch());
        if (host) {
            const qint64 item = agenda.at(made % agenda.size());
            command = new EditRowCommand(store, Kind::AgendaItem, item, {{col::Title, text}});
            if (!doc.push(command))
                return;
            say("edited " + QByteArray::number(item));
        } else {
            auto* insert
                = new InsertRowCommand(store, Kind::Note,
                                       {{col::TableId, tables.at(table % tables.size())},
                                        {QStringLiteral("prompt_id"), prompts.at(made % prompts.size())},
                                        {col::Text, text}},
                                       -1);
            if (!doc.push(insert) || insert->rowId() == 0) {
                std::fprintf(stderr, "edit failed: %s\n", qPrintable(store->lastError()));
                return;
            }
            say("committed " + QByteArray::number(insert->rowId()));
        }
        ++made;
    });
    tick.start(every);
    say("ready");
    app.exec();
    tick.stop();
    if (client)
        client->stop();
    if (server)
        server->stop();
    say("waiting " + QByteArray::number(client ? client->waiting() : 0));
    return 0;
}
