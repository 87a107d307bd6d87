// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kind.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace rt {

class Store;

/**
 * Applies another laptop's changes (a changeset from ChangeCapture) to this file by the merge
 * rules of IdentityMerge: per field, the later stamp wins (an untouched field never beats a
 * change); a deleted row stays deleted; a row whose parent is gone here is left out. Runs in
 * the caller's transaction, with foreign keys off (ForeignKeysOff): SQLite's changesets would
 * otherwise cascade a second time on this side, and a child may arrive before its parent.
 */
class ChangeApply
{
public:
    struct Outcome
    {
        bool ok = false;
        QString error;
        QSet<Kind> kinds; ///< what the views must re-read
        int conflicts = 0; ///< fields two laptops changed differently
        int refused = 0; ///< rows left out (their parent was deleted here, or a rule refused them)
    };

    /** @param recordConflicts keep the losing value of a real conflict (the host does) */
    ChangeApply(Store& store, bool recordConflicts, const QString& fromFile);

    Outcome apply(const QByteArray& changes);

private:
    Store& m_store;
    bool m_recordConflicts;
    QString m_file;
};

/** Foreign keys off for as long as it lives; made outside any transaction (SQLite ignores the
 *  pragma inside one). */
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Store& store);
    ~ForeignKeysOff();
    bool isOff() const { return m_off; }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Store& m_store;
    bool m_off = false;
};

} // namespace rt
