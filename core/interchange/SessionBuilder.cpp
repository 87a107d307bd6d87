// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/SessionBuilder.h"

#include "interchange/Interchange.h"
#include "session/Document.h"
#include "session/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
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

    /** Why the session could not be built at @p target, naming the target (never the temporary
     *  file) and never with an empty reason. */
    static QString failure(const QString& target, const QString& temp, const SessionError& e)
    {
        QString said = e.detail;
        said.replace(temp, target).replace(QDir::toNativeSeparators(temp), QDir::toNativeSeparators(target));
        return tr("%1 could not be created: %2.")
            .arg(QDir::toNativeSeparators(target), files::failureReason(target, 0, said));
    }

    static bool build(const QString& path, const QJsonObject& json, QString* error)
    {
        const QString name = QDir::toNativeSeparators(path);
        if (const QString refusal = files::checkNewTarget(path); !refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
        const QFileInfo target(path);
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
                files::removeWithSiblings(temp);
                *error = failure(path, temp, e);
                return false;
            }
            if (!load(json, *doc.store(), &problem)) {
                doc.close();
                files::removeWithSiblings(temp);
                *error = tr("%1 could not be written: %2").arg(name, problem);
                return false;
            }
            doc.close();
            if (const SessionError e = doc.file().closeError()) {
                files::removeWithSiblings(temp);
                *error = failure(path, temp, e);
                return false;
            }
        }
        // Appears complete or not at all, and never replaces a file that appeared meanwhile
        // (another `load` or `new` racing for the same name): exactly one of them wins.
        return files::publishNew(temp, path, error);
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
