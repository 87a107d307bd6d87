// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace rt::db {

/**
 * The structural check a session file must pass before any other SQL touches it: the schema is
 * exactly the one this version's migrations make (no foreign tables, views or triggers, no missing
 * or retyped column, no dropped index), every page and index is sound, every reference resolves,
 * the driver trees have no cycle, and every stored value has its column's type. A hostile file
 * can neither run SQL of its own nor spin: the whole check stops at @p deadlineMs.
 */
class FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(FileCheck)
public:
    /** The migration script for schema version @p v (1-based). */
    using ScriptSource = std::function<QString(int v)>;

    FileCheck(ScriptSource scripts, int deadlineMs);

    /** Empty when @p db (schema @p version) is sound; else the first problem, in plain words. */
    QString run(QSqlDatabase& db, int version);

private:
    QString schemaProblem(QSqlDatabase& db, int version);
    QString integrityProblem(QSqlDatabase& db);
    QString referenceProblem(QSqlDatabase& db);
    QString contentProblem(QSqlDatabase& db, int version);

    ScriptSource m_scripts;
    int m_deadlineMs;
};

} // namespace rt::db
