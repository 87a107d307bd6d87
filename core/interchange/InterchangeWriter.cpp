// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a session from interchange JSON: read and checked first, then every row in one
// transaction, references resolved from indexes to the row ids (the JSON's own where it gives
// them, new ones where not), and who made each row: the laptop the JSON names, or this one.
#include "interchange/Interchange.h"
#include "interchange/InterchangeReader.h"
#include "store/IdentityRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rt::interchange {

namespace {

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Interchange)
public:
    explicit Writer(Store& store)
        : m_store(store)
        , m_identity(store)
        , m_here {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), store.device().id, {}}
    { }
    QString error;

    /**
     * Writes one row at @p position in its list (the JSON gives every list whole and in order, so
     * the position is the row's index there), with the JSON's id or a new one, stamped as made by
     * @p made's laptop, or by this laptop now when the JSON does not say. Rows go in as they are
     * (no shifting, no per-row signal): the session is new and empty, and this is one
     * transaction.
     */
    qint64 insert(Kind kind, const QVariantMap& values, int position, const PMade& made = {})
    {
        if (!error.isEmpty())
            return 0;
        Row row;
        row.id = values.value(L("id")).toLongLong();
        if (row.id <= 0)
            row.id = Store::newId();
        row.position = position;
        row.values = values;
        if (!m_store.insertAsIs(kind, row)) {
            error = tr("could not write a %1: %2").arg(kindName(kind), m_store.lastError());
            return 0;
        }
        const Stamp stamp = made.isNull() ? m_here : Stamp {made.at, made.device, {}};
        if (!m_identity.putStamp(kind, row.id, QString(), stamp)) {
            error = tr("could not write a %1: %2").arg(kindName(kind), m_store.lastError());
            return 0;
        }
        if (!made.isNull()) {
            // Each laptop's name as of its latest stamp here.
            auto it = m_devices.find(made.device);
            if (it == m_devices.end())
                m_devices.insert(made.device, made);
            else if (it->at < made.at)
                *it = made;
        }
        return row.id;
    }

    /** @p values with "id" set to @p ids[i] when the JSON gave ids. */
    static QVariantMap withId(QVariantMap values, const QList<qint64>& ids, qsizetype i)
    {
        if (i < ids.size())
            values.insert(L("id"), ids[i]);
        return values;
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
            sources << insert(Kind::Source, m, int(sources.size()));
        for (const auto& m : s.prompts)
            prompts << insert(Kind::Prompt, m, int(prompts.size()));
        for (const PPlace& p : s.places)
            places << place(p, int(places.size()), ref(sources, p.source));
        for (const PPoll& p : s.polls)
            polls << poll(p, int(polls.size()), ref(places, p.place), ref(sources, p.source));
        for (qsizetype i = 0; i < s.agenda.size(); ++i) {
            QVariantMap values = s.agenda[i].values;
            values.insert(L("poll_id"), ref(polls, s.agenda[i].poll));
            insert(Kind::AgendaItem, values, int(i));
        }
        for (qsizetype i = 0; i < s.tables.size(); ++i) {
            const PTable& t = s.tables[i];
            QVariantMap values = t.values;
            values.insert(L("source"), ref(sources, t.source));
            const qint64 tableId = insert(Kind::Table, values, int(i));
            QList<int> perPrompt(prompts.size(), 0); // notes are ordered within (table, prompt)
            for (const PNote& n : t.notes) {
                QVariantMap nv = n.values;
                nv.insert(L("table_id"), tableId);
                nv.insert(L("prompt_id"), prompts.value(n.prompt));
                insert(Kind::Note, nv, perPrompt[n.prompt]++, n.made);
            }
        }
        // One list of columns: the areas, then the comparators.
        for (qsizetype i = 0; i < s.areas.size(); ++i)
            insert(Kind::IndicatorColumn,
                   withId({{L("name"), s.areas[i]}, {L("comparator"), false}}, s.areaIds, i), int(i));
        for (qsizetype i = 0; i < s.comparators.size(); ++i)
            insert(Kind::IndicatorColumn,
                   withId({{L("name"), s.comparators[i]}, {L("comparator"), true}}, s.comparatorIds, i),
                   int(s.areas.size() + i));
        for (qsizetype i = 0; i < s.indicators.size(); ++i) {
            const qint64 indicatorId = insert(Kind::Indicator, s.indicators[i], int(i));
            const QList<QVariantMap> readings = s.periods.value(i);
            for (qsizetype j = 0; j < readings.size(); ++j) {
                QVariantMap rv = readings[j];
                rv.insert(L("indicator_id"), indicatorId);
                insert(Kind::IndicatorReading, rv, int(j));
            }
        }
        if (!error.isEmpty())
            return false;
        // The laptops: this one (it made what the JSON does not say who made), then the JSON's.
        // (A failure here leaves error empty: load() then reports the store's own message.)
        if (!m_identity.putDevice(m_store.device().id, m_store.device().name, m_here.at))
            return false;
        for (const PMade& d : std::as_const(m_devices)) {
            if (!m_identity.putDevice(d.device, d.laptop, d.at))
                return false;
        }
        return s.origin.isEmpty() || m_identity.setOrigin(s.origin);
    }

    static QVariant ref(const QList<qint64>& ids, int i) { return i < 0 ? QVariant() : QVariant(ids[i]); }

    qint64 place(const PPlace& p, int position, const QVariant& source)
    {
        QVariantMap values = p.values;
        values.insert(L("source"), source);
        const qint64 placeId = insert(Kind::Place, values, position);
        QList<QList<qint64>> ideaIds;
        for (qsizetype ai = 0; ai < p.aims.size(); ++ai) {
            const PAim& a = p.aims[ai];
            QVariantMap av = a.values;
            av.insert(L("place_id"), placeId);
            const qint64 aimId = insert(Kind::Aim, av, int(ai));
            QList<qint64> ids;
            for (const PIdea& idea : a.ideas) {
                QVariantMap iv = idea.values;
                iv.insert(L("aim_id"), aimId);
                ids << insert(Kind::Idea, iv, int(ids.size()), idea.made);
            }
            ideaIds << ids;
            for (qsizetype di = 0; di < a.drivers.size(); ++di)
                driver(a.drivers[di], int(di), aimId, QVariant(), ids);
        }
        for (qsizetype i = 0; i < p.actions.size(); ++i) {
            const PAction& a = p.actions[i];
            QVariantMap values2 = a.values;
            values2.insert(L("place_id"), placeId);
            if (a.aim >= 0)
                values2.insert(L("idea_id"), ideaIds[a.aim][a.idea]);
            const qint64 actionId = insert(Kind::Action, values2, int(i), a.made);
            for (qsizetype u = 0; u < a.updates.size(); ++u) {
                QVariantMap uv = a.updates[u].values;
                uv.insert(L("action_id"), actionId);
                insert(Kind::ActionUpdate, uv, int(u), a.updates[u].made);
            }
        }
        return placeId;
    }

    qint64 poll(const PPoll& p, int position, const QVariant& place, const QVariant& source)
    {
        QVariantMap values = p.values;
        values.insert(L("place_id"), place);
        values.insert(L("source"), source);
        const qint64 pollId = insert(Kind::Poll, values, position);
        for (qsizetype i = 0; i < p.options.size(); ++i)
            insert(Kind::PollOption,
                   withId({{L("poll_id"), pollId}, {L("text"), p.options[i]}}, p.optionIds, i), int(i));
        for (const PVote& vote : p.votes) {
            QVariantMap vv = vote.values;
            vv.insert(L("poll_id"), pollId);
            insert(Kind::Vote, vv, -1, vote.made); // votes are listed in cast order, not by position
        }
        return pollId;
    }

    void driver(const PDriver& d, int position, qint64 aimId, const QVariant& parent,
                const QList<qint64>& ideas)
    {
        QVariantMap values = d.values;
        values.insert(L("aim_id"), aimId);
        values.insert(L("parent_id"), parent);
        if (d.idea >= 0)
            values.insert(L("idea_id"), ideas[d.idea]);
        const qint64 id = insert(Kind::Driver, values, position);
        for (qsizetype i = 0; i < d.children.size(); ++i)
            driver(d.children[i], int(i), aimId, id, ideas);
    }

private:
    Store& m_store;
    IdentityRepository m_identity;
    const Stamp m_here; ///< made by this laptop, now: rows the JSON does not say who made
    QHash<QString, PMade> m_devices; ///< the laptops named in "made_by": id → latest
};

} // namespace

bool load(const QJsonObject& json, Store& store, QString* error)
{
    PSession session;
    if (!readSession(json, &session, error, nullptr))
        return false;
    if (store.isReadOnly()) {
        if (error)
            *error = Writer::tr("the session is open read-only");
        return false;
    }
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
    // Rows went in as a whole, without a signal each: whatever shows the session reads it again.
    emit store.reset();
    return true;
}

} // namespace rt::interchange
