// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SessionData.h"

#include "domain/JsonText.h"
#include "store/Store.h"

namespace rt::slides {

namespace {

QString S(const char* s)
{
    return QString::fromLatin1(s);
}

QList<SessionData::DriverNode> drivers(const Store& store, qint64 aimId, const QVariant& parent)
{
    QList<SessionData::DriverNode> out;
    const auto rows = store.rows(Kind::Driver, {{S("aim_id"), aimId}, {S("parent_id"), parent}});
    for (const Row& r : rows) {
        SessionData::DriverNode n;
        n.text = r.str(S("text"));
        n.children = drivers(store, aimId, r.id);
        out.append(n);
    }
    return out;
}

} // namespace

SessionData SessionData::load(const Store& store)
{
    SessionData d;
    const Row event = store.row(Kind::Event, 1);
    d.title = event.str(S("title"));
    d.date = event.str(S("date"));
    d.venue = event.str(S("venue"));
    d.organiser = event.str(S("organiser"));
    d.disclaimer = event.str(S("disclaimer"));
    d.language = event.str(S("language"));
    d.purpose = jsontext::stringList(event.str(S("purpose")));

    QHash<qint64, qint64> agendaPollKind; // poll id → is it on the closing item
    for (const Row& r : store.rows(Kind::AgendaItem)) {
        d.agenda.append({r.str(S("start")), r.str(S("end")), r.str(S("title")), r.str(S("kind"))});
        if (r.str(S("kind")) == S("close") && r.ref(S("poll_id")) > 0)
            agendaPollKind.insert(r.ref(S("poll_id")), 1);
    }

    QList<qint64> promptIds;
    for (const Row& r : store.rows(Kind::Prompt)) {
        d.prompts.append({r.str(S("key")), r.str(S("question"))});
        promptIds << r.id;
    }
    for (const Row& r : store.rows(Kind::Table)) {
        Table t;
        t.number = int(r.ref(S("number")));
        t.topic = r.str(S("topic"));
        t.facilitator = r.str(S("facilitator"));
        for (qint64 pid : promptIds) {
            QList<Note> notes;
            for (const Row& n : store.rows(Kind::Note, {{S("table_id"), r.id}, {S("prompt_id"), pid}}))
                notes.append({n.str(S("text")), n.flag(S("key_point"))});
            t.notes.append(notes);
        }
        d.tables.append(t);
    }

    QHash<qint64, int> placeIndex;
    for (const Row& r : store.rows(Kind::Place)) {
        Place p;
        p.name = r.str(S("name"));
        p.priorities = r.str(S("priorities"));
        for (const Row& a : store.rows(Kind::Aim, {{S("place_id"), r.id}})) {
            Aim aim;
            aim.statement = a.str(S("statement"));
            aim.cohort = a.str(S("cohort"));
            for (const Row& i : store.rows(Kind::Idea, {{S("aim_id"), a.id}}))
                aim.ideas.append(
                    {i.str(S("text")), i.real(S("impact")), i.real(S("effort")), i.flag(S("unsorted"))});
            aim.drivers = drivers(store, a.id, QVariant());
            p.aims.append(aim);
        }
        for (const Row& a : store.rows(Kind::Action, {{S("place_id"), r.id}})) {
            Action action {a.str(S("cohort")),   a.str(S("idea")),
                           a.str(S("action")),   a.str(S("who")),
                           a.str(S("by_when")),  a.str(S("measure")),
                           a.str(S("status")),   a.str(S("due")),
                           a.str(S("reviewed")), {}};
            for (const Row& u : store.rows(Kind::ActionUpdate, {{S("action_id"), a.id}}))
                action.updates.append(
                    {u.str(S("at")), u.str(S("who")), u.str(S("text")), u.str(S("status"))});
            p.actions.append(action);
        }
        placeIndex.insert(r.id, int(d.places.size()));
        d.places.append(p);
    }

    for (const Row& r : store.rows(Kind::Poll)) {
        Poll p;
        p.question = r.str(S("question"));
        p.kind = r.str(S("kind"));
        p.state = r.str(S("state"));
        p.place = placeIndex.value(r.ref(S("place_id")), -1);
        p.feedback = agendaPollKind.contains(r.id);
        for (const Row& o : store.rows(Kind::PollOption, {{S("poll_id"), r.id}}))
            p.options << o.str(S("text"));
        for (const Row& v : store.rows(Kind::Vote, {{S("poll_id"), r.id}}))
            p.votes.append(jsontext::object(v.str(S("answer"))));
        d.polls.append(p);
    }

    for (const Row& r : store.rows(Kind::IndicatorColumn)) {
        d.indicatorColumns << r.str(S("name"));
        d.comparator << r.flag(S("comparator"));
    }
    for (const Row& r : store.rows(Kind::Indicator)) {
        IndicatorRow row;
        row.domain = r.str(S("domain"));
        row.indicator = r.str(S("indicator"));
        row.values = jsontext::stringList(r.str(S("vals")));
        row.higherIsBetter = r.flag(S("higher_is_better"));
        for (const Row& p : store.rows(Kind::IndicatorReading, {{S("indicator_id"), r.id}}))
            row.periods.append({p.str(S("period")), jsontext::stringList(p.str(S("vals")))});
        d.indicators.append(row);
    }
    return d;
}

} // namespace rt::slides
