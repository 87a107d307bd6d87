// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes opening a session file: the header checks, SQLite's own parsing under our hardening
// pragmas, migration, and reading every kind. Any input must give a clean refusal or a session.
#include "session/SessionFile.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace rt;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.roundtable"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    for (auto mode : {SessionFile::Mode::ReadOnly, SessionFile::Mode::ReadWrite}) {
        SessionFile file;
        if (file.open(path, mode))
            continue;
        Store store(file.connectionName());
        for (int k = 0; k < KindCount; ++k)
            store.rows(Kind(k));
    }
    return 0;
}
