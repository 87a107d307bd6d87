// SPDX-License-Identifier: GPL-3.0-or-later
// The crash suite's child process: adds notes through the app's own document, store and undo
// commands, and prints "ack ID TEXT" only after each edit has been committed. The parent kills
// it with SIGKILL at a random moment and checks that every acknowledged note survived.
#include "commands/RowCommands.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <cstdio>

using namespace rt;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fputs("usage: rt_crashchild FILE COUNT\n", stderr);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int count = QString::fromLatin1(argv[2]).toInt();
    Document doc;
    if (SessionError e = doc.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    // The parent may wait for this before it picks its moment, so kills land mid-write.
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    Store* store = doc.store();
    const QList<qint64> tables = store->ids(Kind::Table);
    const QList<qint64> prompts = store->ids(Kind::Prompt);
    if (tables.isEmpty() || prompts.isEmpty()) {
        std::fputs("the session needs a table and a prompt\n", stderr);
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        const QString text
            = QStringLiteral("crash note %1 from pid %2").arg(i).arg(QCoreApplication::applicationPid());
        auto* command = new InsertRowCommand(store, Kind::Note,
                                             {{QStringLiteral("table_id"), tables[i % tables.size()]},
                                              {QStringLiteral("prompt_id"), prompts[i % prompts.size()]},
                                              {QStringLiteral("text"), text}},
                                             -1);
        doc.push(command);
        if (command->rowId() == 0) {
            std::fprintf(stderr, "edit %d failed: %s\n", i, qPrintable(store->lastError()));
            return 1;
        }
        std::printf("ack %lld %s\n", static_cast<long long>(command->rowId()), qPrintable(text));
        std::fflush(stdout);
    }
    return 0;
}
