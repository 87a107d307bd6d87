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
// row is written.

struct PNote
{
    int prompt = -1;
    QVariantMap values;
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
    QList<QVariantMap> ideas;
    QList<PDriver> drivers;
};
struct PAction
{
    QVariantMap values;
    int aim = -1;
    int idea = -1;
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
    QList<QVariantMap> votes;
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
    QList<QVariantMap> indicators;
};

} // namespace rt::interchange
