// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

namespace rt {

class Store;

/**
 * What every table holds, read in a few grouped queries rather than one per table and prompt:
 * the overview and the table picker repaint after each typed note.
 */
class NoteRepository
{
public:
    struct TableStats
    {
        QHash<qint64, int> perPrompt; ///< prompt id → notes
        QStringList keyPoints; ///< key-point texts in prompt order, then list order
    };

    explicit NoteRepository(const Store& store)
        : m_store(store)
    { }

    /** Stats of every table that has notes, by table id. */
    QHash<qint64, TableStats> stats() const;
    /** Notes containing @p needle (case-insensitive, any script), by table id. */
    QHash<qint64, int> matchCounts(const QString& needle) const;

private:
    const Store& m_store;
};

} // namespace rt
