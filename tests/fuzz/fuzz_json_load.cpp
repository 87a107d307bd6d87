// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes `roundtable load`: JSON parsing, validation with path-naming errors, and (for input that
// validates) writing it into a fresh session and dumping it again.
#include "interchange/Interchange.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace rt;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("fuzz"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QJsonObject json;
    QString error;
    if (!interchange::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), &json, &error))
        return 0;
    if (!interchange::validate(json, &error)) {
        if (error.isEmpty())
            __builtin_trap(); // every refusal must say why
        return 0;
    }
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("load.roundtable"));
    QFile::remove(path);
    Document doc;
    if (doc.create(path))
        return 0;
    if (!interchange::load(json, *doc.store(), &error))
        __builtin_trap(); // validate() accepted it, so load() must too
    interchange::dumpText(*doc.store());
    doc.close();
    QFile::remove(path);
    return 0;
}
