// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a session from interchange JSON: read and checked first, then every row in one
// transaction, references resolved from indexes to the new row ids.
#include "interchange/Interchange.h"
#include "interchange/InterchangeReader.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace rt::interchange {

namespace {

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Interchange)
public:
    explicit Writer(Store& store)
        : m_store(store)
    { }
    QString error;

    qint64 insert(Kind kind, const QVariantMap& values)
    {
        if (!error.isEmpty())
            return 0;
        const qint64 id = m_store.insert(kind, values);
        if (id == 0)
            error = tr("could not write a %1: %2").arg(kindName(kind), m_store.lastError());
        return id;
    }

    bool write(const PSession& s)
    {
        for (auto it = s.event.cbegin(); it != s.event.cend(); ++it) {
            if (!m_store.update(Kind::Event, 1, it.key(), it.value())) {
                error = tr("could not write the event: %1").arg(m_store.lastError());
                return false;
            }
        }
        QList<qint64> sources, prompts, places, polls;
        for (const auto& m : s.sources)
            sources << insert(Kind::Source, m);
        for (const auto& m : s.prompts)
            prompts << insert(Kind::Prompt, m);
        for (const PPlace& p : s.places)
            places << place(p, ref(sources, p.source));
        for (const PPoll& p : s.polls)
            polls << poll(p, ref(places, p.place), ref(sources, p.source));
        for (const PAgenda& a : s.agenda) {
            QVariantMap values = a.values;
            values.insert(L("poll_id"), ref(polls, a.poll));
            insert(Kind::AgendaItem, values);
        }
        for (const PTable& t : s.tables) {
            QVariantMap values = t.values;
            values.insert(L("source"), ref(sources, t.source));
            const qint64 tableId = insert(Kind::Table, values);
            for (const PNote& n : t.notes) {
                QVariantMap nv = n.values;
                nv.insert(L("table_id"), tableId);
                nv.insert(L("prompt_id"), prompts.value(n.prompt));
                insert(Kind::Note, nv);
            }
        }
        for (const QString& area : s.areas)
            insert(Kind::IndicatorColumn, {{L("name"), area}, {L("comparator"), false}});
        for (const QString& comparator : s.comparators)
            insert(Kind::IndicatorColumn, {{L("name"), comparator}, {L("comparator"), true}});
        for (const QVariantMap& m : s.indicators)
            insert(Kind::Indicator, m);
        return error.isEmpty();
    }

    static QVariant ref(const QList<qint64>& ids, int i) { return i < 0 ? QVariant() : QVariant(ids[i]); }

    qint64 place(const PPlace& p, const QVariant& source)
    {
        QVariantMap values = p.values;
        values.insert(L("source"), source);
        const qint64 placeId = insert(Kind::Place, values);
        QList<QList<qint64>> ideaIds;
        for (const PAim& a : p.aims) {
            QVariantMap av = a.values;
            av.insert(L("place_id"), placeId);
            const qint64 aimId = insert(Kind::Aim, av);
            QList<qint64> ids;
            for (QVariantMap iv : a.ideas) {
                iv.insert(L("aim_id"), aimId);
                ids << insert(Kind::Idea, iv);
            }
            ideaIds << ids;
            for (const PDriver& d : a.drivers)
                driver(d, aimId, QVariant(), ids);
        }
        for (const PAction& a : p.actions) {
            QVariantMap values2 = a.values;
            values2.insert(L("place_id"), placeId);
            if (a.aim >= 0)
                values2.insert(L("idea_id"), ideaIds[a.aim][a.idea]);
            insert(Kind::Action, values2);
        }
        return placeId;
    }

    qint64 poll(const PPoll& p, const QVariant& place, const QVariant& source)
    {
        QVariantMap values = p.values;
        values.insert(L("place_id"), place);
        values.insert(L("source"), source);
        const qint64 pollId = insert(Kind::Poll, values);
        for (const QString& option : p.options)
            insert(Kind::PollOption, {{L("poll_id"), pollId}, {L("text"), option}});
        for (QVariantMap vote : p.votes) {
            vote.insert(L("poll_id"), pollId);
            insert(Kind::Vote, vote);
        }
        return pollId;
    }

    void driver(const PDriver& d, qint64 aimId, const QVariant& parent, const QList<qint64>& ideas)
    {
        QVariantMap values = d.values;
        values.insert(L("aim_id"), aimId);
        values.insert(L("parent_id"), parent);
        if (d.idea >= 0)
            values.insert(L("idea_id"), ideas[d.idea]);
        const qint64 id = insert(Kind::Driver, values);
        for (const PDriver& child : d.children)
            driver(child, aimId, id, ideas);
    }

private:
    Store& m_store;
};

} // namespace

bool load(const QJsonObject& json, Store& store, QString* error)
{
    PSession session;
    if (!readSession(json, &session, error, nullptr))
        return false;
    for (Kind k : {Kind::Source, Kind::Prompt, Kind::Poll, Kind::AgendaItem, Kind::Table, Kind::Place,
                   Kind::IndicatorColumn, Kind::Indicator}) {
        if (store.count(k) > 0) {
            if (error)
                *error = Writer::tr("the session already holds content; load into a new session file");
            return false;
        }
    }
    Store::Transaction tx(store);
    Writer writer(store);
    if (!writer.write(session) || !tx.commit()) {
        if (error)
            *error = writer.error.isEmpty() ? store.lastError() : writer.error;
        return false;
    }
    return true;
}

} // namespace rt::interchange
