// SPDX-License-Identifier: GPL-3.0-or-later
// dump(): the whole session as interchange JSON, references written as indexes.
#include "interchange/Interchange.h"

#include "domain/JsonText.h"
#include "domain/Quadrant.h"
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

void putIndex(QJsonObject& o, const QString& key, const QHash<qint64, int>& index, const QVariant& ref)
{
    const QJsonValue v = optionalIndex(index, ref);
    if (!v.isUndefined())
        o.insert(key, v);
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
        , m_sources(store.rows(Kind::Source))
        , m_prompts(store.rows(Kind::Prompt))
        , m_places(store.rows(Kind::Place))
        , m_polls(store.rows(Kind::Poll))
        , m_sourceIndex(indexOf(m_sources))
        , m_placeIndex(indexOf(m_places))
        , m_pollIndex(indexOf(m_polls))
    { }

    QJsonObject session() const
    {
        QJsonObject root;
        root.insert(L("format"), formatName());
        root.insert(L("version"), Version);
        root.insert(L("event"), event());
        if (!m_sources.isEmpty())
            root.insert(L("sources"), sources());
        root.insert(L("prompts"), prompts());
        root.insert(L("agenda"), agenda());
        root.insert(L("tables"), tables());
        root.insert(L("places"), places());
        root.insert(L("polls"), polls());
        root.insert(L("indicators"), indicators());
        return root;
    }

private:
    QJsonObject event() const
    {
        const Row e = m_store.row(Kind::Event, 1);
        QJsonObject event;
        for (const char* k : {"title", "date", "venue", "organiser", "disclaimer", "language"})
            event.insert(L(k), e.str(L(k)));
        event.insert(L("purpose"), QJsonArray::fromStringList(jsontext::stringList(e.str(L("purpose")))));
        return event;
    }

    QJsonArray sources() const
    {
        QJsonArray a;
        for (const Row& r : m_sources)
            a.append(QJsonObject {{L("file"), r.str(L("file"))}, {L("merged_at"), r.str(L("merged_at"))}});
        return a;
    }

    QJsonArray prompts() const
    {
        QJsonArray a;
        for (const Row& r : m_prompts)
            a.append(QJsonObject {{L("key"), r.str(L("key"))}, {L("question"), r.str(L("question"))}});
        return a;
    }

    QJsonArray agenda() const
    {
        QJsonArray agenda;
        for (const Row& r : m_store.rows(Kind::AgendaItem)) {
            QJsonObject o;
            for (const char* k : {"start", "end", "title", "kind", "guidance"})
                o.insert(L(k), r.str(L(k)));
            putIndex(o, L("poll"), m_pollIndex, r.values.value(L("poll_id")));
            agenda.append(o);
        }
        return agenda;
    }

    QJsonArray tables() const
    {
        const QHash<qint64, QList<Row>> notesByTable = groupBy(m_store, Kind::Note, L("table_id"));
        QJsonArray tables;
        for (const Row& t : m_store.rows(Kind::Table)) {
            QJsonObject o;
            o.insert(L("number"), t.ref(L("number")));
            o.insert(L("topic"), t.str(L("topic")));
            o.insert(L("facilitator"), t.str(L("facilitator")));
            putIndex(o, L("source"), m_sourceIndex, t.values.value(L("source")));
            o.insert(L("notes"), notes(notesByTable.value(t.id)));
            tables.append(o);
        }
        return tables;
    }

    /** Notes are ordered within (table, prompt): written prompt by prompt. */
    QJsonArray notes(const QList<Row>& notes) const
    {
        QJsonArray noteArray;
        for (const Row& p : m_prompts) {
            for (const Row& n : notes) {
                if (n.ref(L("prompt_id")) != p.id)
                    continue;
                QJsonObject no {{L("prompt"), p.str(L("key"))},
                                {L("text"), n.str(L("text"))},
                                {L("key_point"), n.flag(L("key_point"))}};
                for (const char* k : {"created", "edited"}) {
                    if (!n.str(L(k)).isEmpty())
                        no.insert(L(k), n.str(L(k)));
                }
                noteArray.append(no);
            }
        }
        return noteArray;
    }

    using IdeaAt = QHash<qint64, QPair<int, int>>; ///< idea id → (aim, idea) within one place

    QJsonArray places() const
    {
        const QHash<qint64, QList<Row>> aimsByPlace = groupBy(m_store, Kind::Aim, L("place_id"));
        const QHash<qint64, QList<Row>> ideasByAim = groupBy(m_store, Kind::Idea, L("aim_id"));
        const QHash<qint64, QList<Row>> driversByAim = groupBy(m_store, Kind::Driver, L("aim_id"));
        const QHash<qint64, QList<Row>> actionsByPlace = groupBy(m_store, Kind::Action, L("place_id"));
        QJsonArray placeArray;
        for (const Row& p : m_places) {
            QJsonObject po;
            po.insert(L("name"), p.str(L("name")));
            po.insert(L("priorities"), p.str(L("priorities")));
            putIndex(po, L("source"), m_sourceIndex, p.values.value(L("source")));
            IdeaAt ideaAt;
            QJsonArray aims;
            const QList<Row> placeAims = aimsByPlace.value(p.id);
            for (int ai = 0; ai < placeAims.size(); ++ai) {
                const Row& a = placeAims[ai];
                aims.append(aim(a, ai, ideasByAim.value(a.id), driversByAim.value(a.id), &ideaAt));
            }
            po.insert(L("aims"), aims);
            po.insert(L("actions"), actions(actionsByPlace.value(p.id), ideaAt));
            placeArray.append(po);
        }
        return placeArray;
    }

    QJsonObject aim(const Row& a, int ai, const QList<Row>& ideas, const QList<Row>& drivers,
                    IdeaAt* ideaAt) const
    {
        QJsonObject ao {{L("statement"), a.str(L("statement"))}, {L("cohort"), a.str(L("cohort"))}};
        QJsonArray ideaArray;
        for (int ii = 0; ii < ideas.size(); ++ii) {
            const Row& i = ideas[ii];
            ideaAt->insert(i.id, {ai, ii});
            const double impact = i.real(L("impact"));
            const double effort = i.real(L("effort"));
            QJsonObject io {{L("text"), i.str(L("text"))},
                            {L("impact"), impact},
                            {L("effort"), effort},
                            {L("quadrant"), quadrantKey(quadrantOf(impact, effort))}};
            if (i.flag(L("unsorted")))
                io.insert(L("unsorted"), true);
            ideaArray.append(io);
        }
        ao.insert(L("ideas"), ideaArray);
        // Drivers: children grouped by parent (0 = the aim's primaries), each in order.
        QHash<qint64, QList<Row>> byParent;
        for (const Row& d : drivers)
            byParent[d.ref(L("parent_id"))].append(d);
        ao.insert(L("drivers"), driverTree(byParent, indexOf(ideas), 0));
        return ao;
    }

    QJsonArray driverTree(const QHash<qint64, QList<Row>>& byParent, const QHash<qint64, int>& ideaIndex,
                          qint64 parent) const
    {
        QJsonArray out;
        for (const Row& d : byParent.value(parent)) {
            QJsonObject dobj {{L("text"), d.str(L("text"))},
                              {L("children"), driverTree(byParent, ideaIndex, d.id)}};
            putIndex(dobj, L("idea_ref"), ideaIndex, d.values.value(L("idea_id")));
            out.append(dobj);
        }
        return out;
    }

    QJsonArray actions(const QList<Row>& rows, const IdeaAt& ideaAt) const
    {
        QJsonArray actions;
        for (const Row& r : rows) {
            QJsonObject o;
            for (const char* k : {"cohort", "idea", "action", "who", "by_when", "measure"})
                o.insert(L(k), r.str(L(k)));
            const QVariant ideaId = r.values.value(L("idea_id"));
            if (ideaId.isValid() && ideaAt.contains(ideaId.toLongLong())) {
                const auto at = ideaAt.value(ideaId.toLongLong());
                o.insert(L("idea_ref"), QJsonObject {{L("aim"), at.first}, {L("idea"), at.second}});
            }
            actions.append(o);
        }
        return actions;
    }

    QJsonArray polls() const
    {
        const QHash<qint64, QList<Row>> optionsByPoll = groupBy(m_store, Kind::PollOption, L("poll_id"));
        const QHash<qint64, QList<Row>> votesByPoll = groupBy(m_store, Kind::Vote, L("poll_id"));
        QJsonArray pollArray;
        for (const Row& p : m_polls) {
            QJsonObject o {{L("question"), p.str(L("question"))},
                           {L("kind"), p.str(L("kind"))},
                           {L("state"), p.str(L("state"))}};
            if (p.ref(L("max_choices")) > 0)
                o.insert(L("max_choices"), p.ref(L("max_choices")));
            putIndex(o, L("place"), m_placeIndex, p.values.value(L("place_id")));
            putIndex(o, L("source"), m_sourceIndex, p.values.value(L("source")));
            QJsonArray options;
            for (const Row& r : optionsByPoll.value(p.id))
                options.append(r.str(L("text")));
            o.insert(L("options"), options);
            o.insert(L("votes"), votes(votesByPoll.value(p.id)));
            pollArray.append(o);
        }
        return pollArray;
    }

    static QJsonArray votes(const QList<Row>& rows)
    {
        QJsonArray votes;
        for (const Row& r : rows) {
            QJsonObject v = jsontext::object(r.str(L("answer")));
            if (r.values.value(L("device")).isValid())
                v.insert(L("device"), r.str(L("device")));
            if (!r.str(L("cast_at")).isEmpty())
                v.insert(L("cast_at"), r.str(L("cast_at")));
            votes.append(v);
        }
        return votes;
    }

    /** The data pack: areas then comparators, each row's values reordered to match. */
    QJsonObject indicators() const
    {
        const QList<Row> columns = m_store.rows(Kind::IndicatorColumn);
        QJsonArray areas, comparators;
        QList<int> order;
        for (bool comparator : {false, true}) {
            for (int i = 0; i < columns.size(); ++i) {
                if (columns[i].flag(L("comparator")) != comparator)
                    continue;
                (comparator ? comparators : areas).append(columns[i].str(L("name")));
                order << i;
            }
        }
        QJsonArray rows;
        for (const Row& r : m_store.rows(Kind::Indicator)) {
            const QStringList stored = jsontext::stringList(r.str(L("vals")));
            QJsonArray values;
            for (int i : order)
                values.append(stored.value(i));
            rows.append(QJsonObject {{L("domain"), r.str(L("domain"))},
                                     {L("indicator"), r.str(L("indicator"))},
                                     {L("values"), values},
                                     {L("higher_is_better"), r.flag(L("higher_is_better"))}});
        }
        return QJsonObject {{L("areas"), areas}, {L("comparators"), comparators}, {L("rows"), rows}};
    }

    const Store& m_store;
    const QList<Row> m_sources, m_prompts, m_places, m_polls;
    const QHash<qint64, int> m_sourceIndex, m_placeIndex, m_pollIndex;
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
