// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/SessionBuilder.h"

#include "interchange/Interchange.h"
#include "session/Document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace rt::interchange {

namespace {
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(SessionBuilder)
public:
    static QString tempPathFor(const QFileInfo& target)
    {
        const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 36);
        return target.absoluteDir().filePath(QStringLiteral(".%1.%2.partial").arg(target.fileName(), suffix));
    }

    static void removeAll(const QString& path)
    {
        for (const char* extra : {"", "-wal", "-shm", "-journal", ".lock"})
            QFile::remove(path + QLatin1String(extra));
    }

    static bool build(const QString& path, const QJsonObject& json, QString* error)
    {
        const QFileInfo target(path);
        const QString name = QDir::toNativeSeparators(path);
        if (target.exists() || target.isSymLink()) {
            *error = tr("%1 already exists; choose another name.").arg(name);
            return false;
        }
        if (!target.absoluteDir().exists()) {
            *error = tr("%1 cannot be created: the folder %2 does not exist.")
                         .arg(name, QDir::toNativeSeparators(target.absolutePath()));
            return false;
        }
        // Validate before any file exists: a bad document never leaves anything behind.
        QString problem;
        if (!validate(json, &problem)) {
            *error = problem;
            return false;
        }
        const QString temp = tempPathFor(target);
        {
            Document doc;
            if (const SessionError e = doc.create(temp)) {
                removeAll(temp);
                *error = tr("%1 cannot be created: %2").arg(name, e.detail.isEmpty() ? e.message : e.detail);
                return false;
            }
            if (!load(json, *doc.store(), &problem)) {
                doc.close();
                removeAll(temp);
                *error = tr("%1 could not be written: %2").arg(name, problem);
                return false;
            }
            doc.close();
        }
        // QFile::rename never replaces an existing file.
        if (!QFile::rename(temp, path)) {
            removeAll(temp);
            *error = target.exists()
                ? tr("%1 already exists; choose another name.").arg(name)
                : tr("%1 cannot be created: renaming the finished file failed.").arg(name);
            return false;
        }
        return true;
    }
};
} // namespace

bool buildSessionFile(const QString& path, const QJsonObject& json, QString* error)
{
    QString problem;
    const bool ok = Builder::build(path, json, &problem);
    if (!ok && error)
        *error = problem;
    return ok;
}

} // namespace rt::interchange
