// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace rt::slides {

/**
 * The export page's choices, kept in the session (event.export_settings, JSON) so the window and
 * `roundtable export` of the same file give the same pack: which sections, in which order, and the
 * caveat printed on PICK and action-plan slides (empty: the pack's own words).
 */
struct PackSettings
{
    QStringList order; ///< every section key once, in pack order
    QSet<QString> omitted; ///< sections left out
    QString caveat;

    /** The hand-made pack's order, everything included, the standard caveat. */
    static PackSettings defaults();
    /** Reads the stored JSON; unknown keys are dropped and missing sections take their default
     *  place, so a file written by an older or newer Roundtable still exports. */
    static PackSettings fromJson(const QString& json);
    /** Compact JSON; empty when the settings are the defaults (nothing stored). */
    QString toJson() const;
    /** The included sections, in order. */
    QStringList included() const;
    bool operator==(const PackSettings& o) const
    {
        return order == o.order && omitted == o.omitted && caveat == o.caveat;
    }
};

} // namespace rt::slides
