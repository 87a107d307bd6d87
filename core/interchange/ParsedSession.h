// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the interchange code only: the parsed session the reader fills and the writer writes.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace rt::interchange {

inline QString L(const char* text)
{
    return QString::fromLatin1(text);
}

/** A null QString binds as SQL NULL; text columns are NOT NULL, and "" must stay "". */
inline QString nonNull(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// The parsed session: everything load() writes, with references as indexes, checked before any
// row is written. A row's "id", when the JSON gives one, is in its values (Store::insert keeps it).

/** Who made a row ("made_by"): the laptop's id and name, and when. Null when not given. */
struct PMade
{
    QString at, device, laptop;
    bool isNull() const { return at.isEmpty(); }
};
struct PNote
{
    int prompt = -1;
    QVariantMap values;
    PMade made;
};
struct PIdea
{
    QVariantMap values;
    PMade made;
};
struct PVote
{
    QVariantMap values;
    PMade made;
};
struct PTable
{
    QVariantMap values;
    int source = -1;
    QList<PNote> notes;
};
struct PDriver
{
    QVariantMap values;
    int idea = -1;
    QList<PDriver> children;
};
struct PAim
{
    QVariantMap values;
    QList<PIdea> ideas;
    QList<PDriver> drivers;
};
struct PUpdate
{
    QVariantMap values;
    PMade made;
};
struct PAction
{
    QVariantMap values;
    int aim = -1;
    int idea = -1;
    PMade made;
    QList<PUpdate> updates; ///< its progress log, oldest first
};
struct PPlace
{
    QVariantMap values;
    int source = -1;
    QList<PAim> aims;
    QList<PAction> actions;
};
struct PPoll
{
    QVariantMap values;
    int place = -1;
    int source = -1;
    QStringList options;
    QList<qint64> optionIds; ///< "option_ids", one per option, or empty
    QList<PVote> votes;
};
struct PAgenda
{
    QVariantMap values;
    int poll = -1;
};
struct PSession
{
    QVariantMap event;
    QList<QVariantMap> sources;
    QList<QVariantMap> prompts;
    QList<PAgenda> agenda;
    QList<PTable> tables;
    QList<PPlace> places;
    QList<PPoll> polls;
    QStringList areas, comparators;
    QList<qint64> areaIds, comparatorIds; ///< "area_ids", "comparator_ids", or empty
    QList<QVariantMap> indicators;
    QList<QList<QVariantMap>> periods; ///< per indicator, its later periods' readings
    QString origin; ///< the session's origin, or empty (a new file keeps its own)
};

} // namespace rt::interchange
