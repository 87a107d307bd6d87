// SPDX-License-Identifier: GPL-3.0-or-later
// dump(): the whole session as interchange JSON, references written as indexes, every row with
// its id and the rows people write with who made them.
#include "interchange/Interchange.h"

#include "domain/JsonText.h"
#include "domain/Quadrant.h"
#include "store/IdentityRepository.h"
#include "store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace rt::interchange {

namespace {

QString L(const char* text)
{
    return QString::fromLatin1(text);
}

/** Rows of a kind grouped by one column, each group in list order (one query per kind). */
QHash<qint64, QList<Row>> groupBy(const Store& store, Kind kind, const QString& column)
{
    QHash<qint64, QList<Row>> out;
    const QList<Row> rows = store.rows(kind);
    for (const Row& r : rows)
        out[r.ref(column)].append(r);
    return out;
}

QJsonValue optionalIndex(const QHash<qint64, int>& index, const QVariant& ref)
{
    if (!ref.isValid() || !index.contains(ref.toLongLong()))
        return QJsonValue(QJsonValue::Undefined);
    return index.value(ref.toLongLong());
}

/** @p first: 0 for an index, 1 where the contract numbers items as people do (a poll's place). */
void putIndex(QJsonObject& o, const QString& key, const QHash<qint64, int>& index, const QVariant& ref,
              int first = 0)
{
    const QJsonValue v = optionalIndex(index, ref);
    if (!v.isUndefined())
        o.insert(key, v.toInt() + first);
}

/** A row id as JSON: a string of decimal digits (JSON numbers are not exact past 2^53 everywhere,
 *  and an id is a name, not a quantity). */
QJsonValue idText(qint64 id)
{
    return QString::number(id);
}

QHash<qint64, int> indexOf(const QList<Row>& rows)
{
    QHash<qint64, int> out;
    for (int i = 0; i < rows.size(); ++i)
        out.insert(rows[i].id, i);
    return out;
}

/** dump() one part at a time; the indexes it writes for references are built once. */
class Dumper
{
public:
    explicit Dumper(const Store& store)
        : m_store(store)
        // Reads only; IdentityRepository takes the store it may also write to.
        , m_identity(store)
        , m_devices(m_identity.deviceNames())
        , m_sources(store.rows(Kind::Source))
        , m_prompts(store.rows(Kind::Prompt))
        , m_places(store.rows(Kind::Place))
        , m_polls(store.rows(Kind::Poll))
        , m_sourceIndex(indexOf(m_sources))
        , m_placeIndex(indexOf(m_places))
        , m_pollIndex(indexOf(m_polls))
        , m_updatesByAction(groupBy(store, Kind::ActionUpdate, QStringLiteral("action_id")))
        , m_updatesMade(m_identity.made(Kind::ActionUpdate))
    { }

    QJsonObject session() const
    {
        QJsonObject root;
        root.insert(QStringLiteral("format"), formatName());
        root.insert(QStringLiteral("version"), Version);
        if (const QString origin = m_identity.origin(); !origin.isEmpty())
            root.insert(QStringLiteral("origin"), origin);
        root.insert(QStringLiteral("event"), event());
        if (!m_sources.isEmpty())
            root.insert(QStringLiteral("sources"), sources());
        root.insert(QStringLiteral("prompts"), prompts());
        root.insert(QStringLiteral("agenda"), agenda());
        root.insert(QStringLiteral("tables"), tables());
        root.insert(QStringLiteral("places"), places());
        root.insert(QStringLiteral("polls"), polls());
        root.insert(QStringLiteral("indicators"), indicators());
        return root;
    }

private:
    using Made = QHash<qint64, Stamp>; ///< who made each row of a kind (one query per kind)

    /** "made_by": {"laptop", "device", "at"} when the row has a made stamp. */
    void putMade(QJsonObject& o, const Made& made, qint64 id) const
    {
        const auto it = made.constFind(id);
        if (it == made.constEnd())
            return;
        // One {"device", "laptop"} per laptop, copied and given the time: cheaper than a new
        // object per row, and a dump holds tens of thousands of them.
        auto laptop = m_madeBy.constFind(it->device);
        if (laptop == m_madeBy.constEnd()) {
            laptop = m_madeBy.insert(it->device,
                                     QJsonObject {{QStringLiteral("device"), it->device},
                                                  {QStringLiteral("laptop"), m_devices.value(it->device)}});
        }
        QJsonObject m = laptop.value();
        m.insert(QStringLiteral("at"), it->at);
        o.insert(QStringLiteral("made_by"), m);
    }

    QJsonObject event() const
    {
        const Row e = m_store.row(Kind::Event, 1);
        QJsonObject event;
        event.insert(QStringLiteral("id"), idText(e.id));
        for (const char* k : {"title", "date", "venue", "organiser", "disclaimer", "language"})
            event.insert(L(k), e.str(L(k)));
        if (!e.str(QStringLiteral("next_steps")).isEmpty()) // optional: older dumps stay as they were
            event.insert(QStringLiteral("next_steps"), e.str(QStringLiteral("next_steps")));
        // The export page's choices travel with the event, as the object the session keeps.
        const QJsonObject settings
            = QJsonDocument::fromJson(e.str(QStringLiteral("export_settings")).toUtf8()).object();
        if (!settings.isEmpty())
            event.insert(QStringLiteral("export_settings"), settings);
        event.insert(QStringLiteral("purpose"),
                     QJsonArray::fromStringList(jsontext::stringList(e.str(QStringLiteral("purpose")))));
        return event;
    }

    QJsonArray sources() const
    {
        QJsonArray a;
        for (const Row& r : m_sources)
            a.append(QJsonObject {{QStringLiteral("id"), idText(r.id)},
                                  {QStringLiteral("file"), r.str(QStringLiteral("file"))},
                                  {QStringLiteral("merged_at"), r.str(QStringLiteral("merged_at"))}});
        return a;
    }

    QJsonArray prompts() const
    {
        QJsonArray a;
        for (const Row& r : m_prompts)
            a.append(QJsonObject {{QStringLiteral("id"), idText(r.id)},
                                  {QStringLiteral("key"), r.str(QStringLiteral("key"))},
                                  {QStringLiteral("question"), r.str(QStringLiteral("question"))}});
        return a;
    }

    QJsonArray agenda() const
    {
        QJsonArray agenda;
        for (const Row& r : m_store.rows(Kind::AgendaItem)) {
            QJsonObject o {{QStringLiteral("id"), idText(r.id)}};
            for (const char* k : {"start", "end", "title", "kind", "guidance"})
                o.insert(L(k), r.str(L(k)));
            if (!r.str(QStringLiteral("room_text")).isEmpty()) // optional: older dumps stay as they were
                o.insert(QStringLiteral("room_text"), r.str(QStringLiteral("room_text")));
            putIndex(o, QStringLiteral("poll"), m_pollIndex, r.values.value(QStringLiteral("poll_id")));
            agenda.append(o);
        }
        return agenda;
    }

    QJsonArray tables() const
    {
        const QHash<qint64, QList<Row>> notesByTable
            = groupBy(m_store, Kind::Note, QStringLiteral("table_id"));
        const Made made = m_identity.made(Kind::Note);
        QJsonArray tables;
        for (const Row& t : m_store.rows(Kind::Table)) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), idText(t.id));
            o.insert(QStringLiteral("number"), t.ref(QStringLiteral("number")));
            o.insert(QStringLiteral("topic"), t.str(QStringLiteral("topic")));
            o.insert(QStringLiteral("facilitator"), t.str(QStringLiteral("facilitator")));
            putIndex(o, QStringLiteral("source"), m_sourceIndex, t.values.value(QStringLiteral("source")));
            o.insert(QStringLiteral("notes"), notes(notesByTable.value(t.id), made));
            tables.append(o);
        }
        return tables;
    }

    /** Notes are ordered within (table, prompt): written prompt by prompt. */
    QJsonArray notes(const QList<Row>& notes, const Made& made) const
    {
        QHash<qint64, QList<const Row*>> byPrompt;
        for (const Row& n : notes)
            byPrompt[n.ref(QStringLiteral("prompt_id"))].append(&n);
        QJsonArray noteArray;
        for (const Row& p : m_prompts) {
            const QString key = p.str(QStringLiteral("key"));
            for (const Row* n : byPrompt.value(p.id)) {
                QJsonObject no {{QStringLiteral("id"), idText(n->id)},
                                {QStringLiteral("prompt"), key},
                                {QStringLiteral("text"), n->str(QStringLiteral("text"))},
                                {QStringLiteral("key_point"), n->flag(QStringLiteral("key_point"))}};
                for (const QString& k : {QStringLiteral("created"), QStringLiteral("edited")}) {
                    const QString v = n->str(k);
                    if (!v.isEmpty())
                        no.insert(k, v);
                }
                putMade(no, made, n->id);
                noteArray.append(no);
            }
        }
        return noteArray;
    }

    using IdeaAt = QHash<qint64, QPair<int, int>>; ///< idea id → (aim, idea) within one place

    QJsonArray places() const
    {
        const QHash<qint64, QList<Row>> aimsByPlace = groupBy(m_store, Kind::Aim, QStringLiteral("place_id"));
        const QHash<qint64, QList<Row>> ideasByAim = groupBy(m_store, Kind::Idea, QStringLiteral("aim_id"));
        const QHash<qint64, QList<Row>> driversByAim
            = groupBy(m_store, Kind::Driver, QStringLiteral("aim_id"));
        const QHash<qint64, QList<Row>> actionsByPlace
            = groupBy(m_store, Kind::Action, QStringLiteral("place_id"));
        const Made ideasMade = m_identity.made(Kind::Idea);
        const Made actionsMade = m_identity.made(Kind::Action);
        QJsonArray placeArray;
        for (const Row& p : m_places) {
            QJsonObject po;
            po.insert(QStringLiteral("id"), idText(p.id));
            po.insert(QStringLiteral("name"), p.str(QStringLiteral("name")));
            po.insert(QStringLiteral("priorities"), p.str(QStringLiteral("priorities")));
            putIndex(po, QStringLiteral("source"), m_sourceIndex, p.values.value(QStringLiteral("source")));
            IdeaAt ideaAt;
            QJsonArray aims;
            const QList<Row> placeAims = aimsByPlace.value(p.id);
            for (int ai = 0; ai < placeAims.size(); ++ai) {
                const Row& a = placeAims[ai];
                aims.append(aim(a, ai, ideasByAim.value(a.id), driversByAim.value(a.id), ideasMade, &ideaAt));
            }
            po.insert(QStringLiteral("aims"), aims);
            po.insert(QStringLiteral("actions"), actions(actionsByPlace.value(p.id), ideaAt, actionsMade));
            placeArray.append(po);
        }
        return placeArray;
    }

    QJsonObject aim(const Row& a, int ai, const QList<Row>& ideas, const QList<Row>& drivers,
                    const Made& made, IdeaAt* ideaAt) const
    {
        QJsonObject ao {{QStringLiteral("id"), idText(a.id)},
                        {QStringLiteral("statement"), a.str(QStringLiteral("statement"))},
                        {QStringLiteral("cohort"), a.str(QStringLiteral("cohort"))}};
        QJsonArray ideaArray;
        for (int ii = 0; ii < ideas.size(); ++ii) {
            const Row& i = ideas[ii];
            ideaAt->insert(i.id, {ai, ii});
            const double impact = i.real(QStringLiteral("impact"));
            const double effort = i.real(QStringLiteral("effort"));
            QJsonObject io {{QStringLiteral("id"), idText(i.id)},
                            {QStringLiteral("text"), i.str(QStringLiteral("text"))},
                            {QStringLiteral("impact"), impact},
                            {QStringLiteral("effort"), effort},
                            {QStringLiteral("quadrant"), quadrantKey(quadrantOf(impact, effort))}};
            if (i.flag(QStringLiteral("unsorted")))
                io.insert(QStringLiteral("unsorted"), true);
            putMade(io, made, i.id);
            ideaArray.append(io);
        }
        ao.insert(QStringLiteral("ideas"), ideaArray);
        // Drivers: children grouped by parent (0 = the aim's primaries), each in order.
        QHash<qint64, QList<Row>> byParent;
        for (const Row& d : drivers)
            byParent[d.ref(QStringLiteral("parent_id"))].append(d);
        ao.insert(QStringLiteral("drivers"), driverTree(byParent, indexOf(ideas), 0));
        return ao;
    }

    QJsonArray driverTree(const QHash<qint64, QList<Row>>& byParent, const QHash<qint64, int>& ideaIndex,
                          qint64 parent) const
    {
        QJsonArray out;
        for (const Row& d : byParent.value(parent)) {
            QJsonObject dobj {{QStringLiteral("id"), idText(d.id)},
                              {QStringLiteral("text"), d.str(QStringLiteral("text"))},
                              {QStringLiteral("children"), driverTree(byParent, ideaIndex, d.id)}};
            putIndex(dobj, QStringLiteral("idea_ref"), ideaIndex, d.values.value(QStringLiteral("idea_id")));
            out.append(dobj);
        }
        return out;
    }

    QJsonArray actions(const QList<Row>& rows, const IdeaAt& ideaAt, const Made& made) const
    {
        QJsonArray actions;
        for (const Row& r : rows) {
            QJsonObject o {{QStringLiteral("id"), idText(r.id)}};
            for (const char* k : {"cohort", "idea", "action", "who", "by_when", "measure"})
                o.insert(L(k), r.str(L(k)));
            const QVariant ideaId = r.values.value(QStringLiteral("idea_id"));
            if (ideaId.isValid() && ideaAt.contains(ideaId.toLongLong())) {
                const auto at = ideaAt.value(ideaId.toLongLong());
                o.insert(
                    QStringLiteral("idea_ref"),
                    QJsonObject {{QStringLiteral("aim"), at.first}, {QStringLiteral("idea"), at.second}});
            }
            // Following through: the status always, the due date always (null: none, so a load
            // keeps "none" rather than working one out from the words again), the rest when set.
            o.insert(QStringLiteral("status"), r.str(QStringLiteral("status")));
            const QVariant due = r.values.value(QStringLiteral("due"));
            o.insert(QStringLiteral("due"), due.isNull() ? QJsonValue() : QJsonValue(due.toString()));
            const QVariant reviewed = r.values.value(QStringLiteral("reviewed"));
            if (!reviewed.isNull())
                o.insert(QStringLiteral("reviewed"), reviewed.toString());
            const QList<Row> log = m_updatesByAction.value(r.id);
            if (!log.isEmpty()) {
                QJsonArray updates;
                for (const Row& u : log) {
                    QJsonObject uo {{QStringLiteral("id"), idText(u.id)}};
                    for (const char* k : {"at", "who", "text", "status"})
                        uo.insert(L(k), u.str(L(k)));
                    putMade(uo, m_updatesMade, u.id);
                    updates.append(uo);
                }
                o.insert(QStringLiteral("updates"), updates);
            }
            putMade(o, made, r.id);
            actions.append(o);
        }
        return actions;
    }

    QJsonArray polls() const
    {
        const QHash<qint64, QList<Row>> optionsByPoll
            = groupBy(m_store, Kind::PollOption, QStringLiteral("poll_id"));
        const QHash<qint64, QList<Row>> votesByPoll = groupBy(m_store, Kind::Vote, QStringLiteral("poll_id"));
        const Made made = m_identity.made(Kind::Vote);
        QJsonArray pollArray;
        for (const Row& p : m_polls) {
            QJsonObject o {{QStringLiteral("id"), idText(p.id)},
                           {QStringLiteral("question"), p.str(QStringLiteral("question"))},
                           {QStringLiteral("kind"), p.str(QStringLiteral("kind"))},
                           {QStringLiteral("state"), p.str(QStringLiteral("state"))},
                           {QStringLiteral("role"), p.str(QStringLiteral("role"))}};
            if (p.ref(QStringLiteral("max_choices")) > 0)
                o.insert(QStringLiteral("max_choices"), p.ref(QStringLiteral("max_choices")));
            // Optional keys, written only when not the default: older dumps stay as they were.
            if (p.str(QStringLiteral("reveal")) == QLatin1String("closed"))
                o.insert(QStringLiteral("reveal"), QStringLiteral("closed"));
            putIndex(o, QStringLiteral("place"), m_placeIndex, p.values.value(QStringLiteral("place_id")), 1);
            putIndex(o, QStringLiteral("source"), m_sourceIndex, p.values.value(QStringLiteral("source")));
            // Options stay plain strings (as people write them); their ids go alongside.
            QJsonArray options, optionIds;
            for (const Row& r : optionsByPoll.value(p.id)) {
                options.append(r.str(QStringLiteral("text")));
                optionIds.append(idText(r.id));
            }
            o.insert(QStringLiteral("options"), options);
            if (!optionIds.isEmpty())
                o.insert(QStringLiteral("option_ids"), optionIds);
            o.insert(QStringLiteral("votes"), votes(votesByPoll.value(p.id), made));
            pollArray.append(o);
        }
        return pollArray;
    }

    QJsonArray votes(const QList<Row>& rows, const Made& made) const
    {
        QJsonArray votes;
        for (const Row& r : rows) {
            QJsonObject v = jsontext::object(r.str(QStringLiteral("answer")));
            v.insert(QStringLiteral("id"), idText(r.id));
            putMade(v, made, r.id);
            if (r.values.value(QStringLiteral("device")).isValid())
                v.insert(QStringLiteral("device"), r.str(QStringLiteral("device")));
            if (!r.str(QStringLiteral("cast_at")).isEmpty())
                v.insert(QStringLiteral("cast_at"), r.str(QStringLiteral("cast_at")));
            if (r.flag(QStringLiteral("hidden")))
                v.insert(QStringLiteral("hidden"), true);
            votes.append(v);
        }
        return votes;
    }

    /** The data pack: areas then comparators, each row's values reordered to match. */
    QJsonObject indicators() const
    {
        const QList<Row> columns = m_store.rows(Kind::IndicatorColumn);
        QJsonArray areas, comparators, areaIds, comparatorIds;
        QList<int> order;
        for (bool comparator : {false, true}) {
            for (int i = 0; i < columns.size(); ++i) {
                if (columns[i].flag(QStringLiteral("comparator")) != comparator)
                    continue;
                (comparator ? comparators : areas).append(columns[i].str(QStringLiteral("name")));
                (comparator ? comparatorIds : areaIds).append(idText(columns[i].id));
                order << i;
            }
        }
        QJsonArray rows;
        const QHash<qint64, QList<Row>> readingsByIndicator
            = groupBy(m_store, Kind::IndicatorReading, QStringLiteral("indicator_id"));
        for (const Row& r : m_store.rows(Kind::Indicator)) {
            const QStringList stored = jsontext::stringList(r.str(QStringLiteral("vals")));
            QJsonArray values;
            for (int i : order)
                values.append(stored.value(i));
            rows.append(QJsonObject {
                {QStringLiteral("id"), idText(r.id)},
                {QStringLiteral("domain"), r.str(QStringLiteral("domain"))},
                {QStringLiteral("indicator"), r.str(QStringLiteral("indicator"))},
                {QStringLiteral("values"), values},
                {QStringLiteral("higher_is_better"), r.flag(QStringLiteral("higher_is_better"))}});
            const QList<Row> readings = readingsByIndicator.value(r.id);
            if (!readings.isEmpty()) {
                QJsonArray periods;
                for (const Row& p : readings) {
                    const QStringList got = jsontext::stringList(p.str(QStringLiteral("vals")));
                    QJsonArray pv;
                    for (int i : order)
                        pv.append(got.value(i));
                    periods.append(QJsonObject {{QStringLiteral("id"), idText(p.id)},
                                                {QStringLiteral("period"), p.str(QStringLiteral("period"))},
                                                {QStringLiteral("values"), pv}});
                }
                QJsonObject withPeriods = rows.last().toObject();
                withPeriods.insert(QStringLiteral("periods"), periods);
                rows.replace(rows.size() - 1, withPeriods);
            }
        }
        QJsonObject out {{QStringLiteral("areas"), areas},
                         {QStringLiteral("comparators"), comparators},
                         {QStringLiteral("rows"), rows}};
        // Names stay plain strings; their ids go alongside.
        if (!areaIds.isEmpty())
            out.insert(QStringLiteral("area_ids"), areaIds);
        if (!comparatorIds.isEmpty())
            out.insert(QStringLiteral("comparator_ids"), comparatorIds);
        return out;
    }

    const Store& m_store;
    const IdentityRepository m_identity;
    const QHash<QString, QString> m_devices; ///< laptop id → name
    mutable QHash<QString, QJsonObject> m_madeBy; ///< laptop id → {"device", "laptop"}
    const QList<Row> m_sources, m_prompts, m_places, m_polls;
    const QHash<qint64, int> m_sourceIndex, m_placeIndex, m_pollIndex;
    const QHash<qint64, QList<Row>> m_updatesByAction;
    const Made m_updatesMade;
};

} // namespace

QString formatName()
{
    return QStringLiteral("roundtable-session");
}

QJsonObject dump(const Store& store)
{
    return Dumper(store).session();
}

QByteArray dumpText(const Store& store)
{
    return QJsonDocument(dump(store)).toJson(QJsonDocument::Indented);
}

} // namespace rt::interchange
