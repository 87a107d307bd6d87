// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/CarryForward.h"

#include "domain/ActionStatus.h"
#include "interchange/Interchange.h"
#include "interchange/SessionBuilder.h"
#include "session/Document.h"

#include <QJsonArray>

namespace rt::interchange {

namespace {

QString L(const char* text)
{
    return QString::fromLatin1(text);
}

/** A driver without its link to a PICK idea (the ideas stay with the last event). */
QJsonObject driverWithoutIdea(QJsonObject d)
{
    d.remove(L("idea_ref"));
    QJsonArray children = d.value(L("children")).toArray();
    for (qsizetype i = 0; i < children.size(); ++i)
        children.replace(i, driverWithoutIdea(children[i].toObject()));
    if (!children.isEmpty())
        d.insert(L("children"), children);
    return d;
}

QJsonObject place(QJsonObject p)
{
    p.remove(L("source"));
    QJsonArray aims = p.value(L("aims")).toArray();
    for (qsizetype i = 0; i < aims.size(); ++i) {
        QJsonObject aim = aims[i].toObject();
        aim.remove(L("ideas"));
        QJsonArray drivers = aim.value(L("drivers")).toArray();
        for (qsizetype j = 0; j < drivers.size(); ++j)
            drivers.replace(j, driverWithoutIdea(drivers[j].toObject()));
        if (aim.contains(L("drivers")))
            aim.insert(L("drivers"), drivers);
        aims.replace(i, aim);
    }
    p.insert(L("aims"), aims);
    QJsonArray open;
    for (const QJsonValue& v : p.value(L("actions")).toArray()) {
        QJsonObject action = v.toObject();
        if (!actionStatusIsOpen(action.value(L("status")).toString(L("not_started"))))
            continue;
        action.remove(L("idea_ref"));
        open.append(action);
    }
    p.insert(L("actions"), open);
    return p;
}

} // namespace

QJsonObject carryForward(const QJsonObject& previous)
{
    QJsonObject next;
    next.insert(L("format"), previous.value(L("format")));
    next.insert(L("version"), previous.value(L("version")));
    // Who runs it, in which language, and the standing words come along; when and where do not.
    const QJsonObject lastEvent = previous.value(L("event")).toObject();
    QJsonObject event;
    for (const char* k : {"organiser", "purpose", "disclaimer", "language"}) {
        if (lastEvent.contains(L(k)))
            event.insert(L(k), lastEvent.value(L(k)));
    }
    next.insert(L("event"), event);
    if (previous.contains(L("prompts")))
        next.insert(L("prompts"), previous.value(L("prompts")));
    QJsonArray places;
    for (const QJsonValue& p : previous.value(L("places")).toArray())
        places.append(place(p.toObject()));
    next.insert(L("places"), places);
    if (previous.contains(L("indicators")))
        next.insert(L("indicators"), previous.value(L("indicators")));
    return next;
}

bool carryForwardFile(const QString& previous, const QString& path, QString* error)
{
    QJsonObject json;
    {
        Document last;
        if (const SessionError e = last.open(previous, SessionFile::Mode::ReadOnly)) {
            if (error)
                *error = e.message;
            return false;
        }
        json = carryForward(dump(*last.store()));
    }
    return buildSessionFile(path, json, error);
}

} // namespace rt::interchange
