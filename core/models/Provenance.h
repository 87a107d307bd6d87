// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kind.h"
#include "domain/Stamp.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace rt {

class Store;

/**
 * Where the rows of one kind came from, in words people read: "Typed on Table 3 laptop, 10:42".
 * Every row records the laptop that made it (its "made" stamp, field "") and the laptops that
 * changed its fields since; this keeps them for the rows asked about, read from the store once
 * per row until forget() or clear(), and the laptops' names once after each clear(). Models
 * clear on a reset and forget a row when it changes, so views never query the store as they paint.
 */
class Provenance
{
    Q_DECLARE_TR_FUNCTIONS(rt::Provenance)
public:
    struct Entry
    {
        Stamp made; ///< who made the row (null: made before laptops were recorded)
        Stamp changed; ///< its latest change, when another laptop than the maker made it; else null
    };

    explicit Provenance(Kind kind)
        : m_kind(kind)
    { }

    Kind kind() const { return m_kind; }
    /** Forgets every row and the laptops' names (the rows were re-read, or another file opened). */
    void clear();
    /** Forgets one row (it changed: its stamps may have too). */
    void forget(qint64 id) { m_entries.remove(id); }

    /** The row's stamps, read from @p store the first time. */
    Entry entry(Store* store, qint64 id) const;
    /** Who made the row and when (and, on a second line, who changed it since), or empty. */
    QString describe(Store* store, qint64 id) const;
    /** The id of the laptop that made the row, or empty. */
    QString madeByDevice(Store* store, qint64 id) const;
    /** The name of the laptop that made the row (see laptopName()), or empty. */
    QString madeBy(Store* store, qint64 id) const;

    /** A laptop as people know it: its recorded name, "this laptop" added for the store's own. */
    QString laptopName(Store* store, const QString& deviceId) const;
    /** The laptops' names recorded in @p store's file (read once after each clear()). */
    const QHash<QString, QString>& names(Store* store) const;

    /** The laptops that made some rows (laptop id → how many), by name, most rows first; none
     *  when this laptop made them all, so a list is worth showing only when it says something. */
    QStringList contributors(Store* store, const QHash<QString, int>& counts) const;

    /** @p plain as a tooltip shows it: tooltips take text that looks like HTML as HTML, so text
     *  with a "<" (a laptop named "<b>") becomes escaped HTML that shows it as typed. */
    static QString plainToolTip(const QString& plain);

    /** A stamp's time in the application's locale and this computer's time zone: the time alone
     *  when it is today, else the short date and time. */
    static QString when(const QString& isoUtc);
    /** "Typed on %1, %2" and the like for @p kind: what making a row of that kind is called. */
    static QString madeText(Kind kind, const QString& laptop, const QString& when);
    /** Laptop names as one phrase in the application's locale: "A, B and C"; at most @p shown
     *  names, then "and N other laptops". */
    static QString laptopList(const QStringList& laptops, int shown = 3);

private:
    Entry entryOf(const QHash<QString, Stamp>& stamps) const;

    Kind m_kind;
    mutable QHash<qint64, Entry> m_entries;
    mutable QHash<QString, QString> m_names;
    mutable bool m_namesRead = false;
};

} // namespace rt
