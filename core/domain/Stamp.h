// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rt {

/**
 * Which laptop changed a field (or made a row) and when. Stamps order by time, then laptop, so
 * every file that holds the same stamps picks the same latest one. The base is the stamp this one
 * replaced on another laptop: an edit made on top of another laptop's edit is not a conflict
 * with it.
 */
struct Stamp
{
    QString at; ///< UTC, ISO 8601 with milliseconds: text order is time order
    QString device; ///< the laptop's id
    QString base; ///< "at device" of the other laptop's stamp this one replaced, or empty

    bool isNull() const { return at.isEmpty(); }
    QString key() const { return at + QLatin1Char(' ') + device; }
    bool operator==(const Stamp& o) const { return at == o.at && device == o.device; }
    bool operator!=(const Stamp& o) const { return !(*this == o); }
    bool operator<(const Stamp& o) const { return at != o.at ? at < o.at : device < o.device; }
};

/** A laptop: a stable id made on first run and a name people recognise ("Table 3 laptop"). */
struct Device
{
    QString id;
    QString name;

    /** The laptop this program runs on, as the application set it (see setCurrent()). */
    static Device current();
    /** Set once at start-up from the user's settings; tests set one per simulated laptop. */
    static void setCurrent(const Device& device);
    /** A new random id. */
    static QString newId();
};

} // namespace rt
