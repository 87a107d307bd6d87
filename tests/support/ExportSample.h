// SPDX-License-Identifier: GPL-3.0-or-later
// A session shaped like a real seminar's summary pack, for the export tests and benchmark.
// The text is our own, written in the spirit of the reference event.
#pragma once

#include "TestSupport.h"
#include "domain/Quadrant.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rt::test {

struct SampleSize
{
    int tables = 3;
    int notesPerPrompt = 4;
    int places = 2;
    int aimsPerPlace = 2;
    int ideasPerAim = 8;
    int actionsPerPlace = 5;
    bool hostile = true;
    /** Every n-th idea given only by its quadrant (placed at the quadrant's centre); 0: none. */
    int quadrantOnlyEvery = 0;
    /** Up to this many more words in an idea (a real event's ideas run to a sentence or two). */
    int ideaExtraWords = 0;
    /** More ideas in the first place's first aim, and more actions in its plan (to reach a real
     *  event's uneven counts, e.g. 149 ideas and 42 actions). */
    int extraIdeas = 0;
    int extraActions = 0;
    /** Polls filed by role as an organiser would: the cohort poll is the first place's priorities,
     *  a second priorities poll for the second place, the open and scale polls feedback; and the
     *  event's next steps. Off: the polls carry no role (as files before roles). */
    bool pollRoles = false;
    /** How many aims (from the first) have a driver diagram; -1: every aim. */
    int driverAims = -1;
};

inline QString sampleSentence(int seed, int words)
{
    static const QStringList pool = {
        QStringLiteral("employers"),  QStringLiteral("support"),   QStringLiteral("flexible"),
        QStringLiteral("hours"),      QStringLiteral("mentoring"), QStringLiteral("local"),
        QStringLiteral("residents"),  QStringLiteral("waiting"),   QStringLiteral("lists"),
        QStringLiteral("confidence"), QStringLiteral("transport"), QStringLiteral("training"),
        QStringLiteral("voluntary"),  QStringLiteral("sector"),    QStringLiteral("housing"),
        QStringLiteral("advice"),     QStringLiteral("early"),     QStringLiteral("join"),
        QStringLiteral("up"),         QStringLiteral("services"),  QStringLiteral("apprenticeships"),
        QStringLiteral("wellbeing"),  QStringLiteral("managers"),  QStringLiteral("adjustments"),
    };
    QStringList w;
    quint32 x = quint32(seed) * 2654435761u + 12345u;
    for (int i = 0; i < words; ++i) {
        x = x * 1103515245u + 12345u;
        w << pool[int((x >> 16) % quint32(pool.size()))];
    }
    w[0][0] = w[0][0].toUpper();
    return w.join(QLatin1Char(' ')) + QStringLiteral(" (#%1)").arg(seed);
}

inline QString json(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
inline QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/** Fills an empty session. Returns false if the store refused a row. */
inline bool buildSample(Store& s, const SampleSize& size = {})
{
    Store::Transaction tx(s);
    const auto S = [](const char* t) { return QString::fromUtf8(t); };
    bool ok = s.update(Kind::Event, 1, S("title"), S("Health and Work Seminar"))
        && s.update(Kind::Event, 1, S("date"), S("2026-06-12"))
        && s.update(Kind::Event, 1, S("venue"), S("The Corn Exchange"))
        && s.update(Kind::Event, 1, S("organiser"), S("The Integrated Care Partnership"))
        && s.update(Kind::Event, 1, S("purpose"),
                    json(QJsonArray {S("Learn how partners together help people into good work."),
                                     S("Agree what we want for residents furthest from work."),
                                     S("Choose practical next steps for each place.")}));
    const QStringList agenda = {S("09:00|09:30|Arrival and coffee|arrival"),
                                S("09:30|11:00|Welcome and residents' voices|plenary"),
                                S("11:00|11:15|Break|break"),
                                S("11:15|12:30|Topic tables|tables"),
                                S("13:15|14:45|Place breakouts|breakout"),
                                S("14:45|15:15|Close and feedback|close")};
    qint64 closeItem = 0;
    for (const QString& a : agenda) {
        const QStringList f = a.split(QLatin1Char('|'));
        const qint64 id = s.insert(
            Kind::AgendaItem, {{S("start"), f[0]}, {S("end"), f[1]}, {S("title"), f[2]}, {S("kind"), f[3]}});
        ok = ok && id;
        if (f[3] == S("close"))
            closeItem = id;
    }
    QList<qint64> prompts;
    prompts << s.insert(Kind::Prompt, {{S("key"), S("matters")}, {S("question"), S("What matters to us?")}});
    prompts << s.insert(Kind::Prompt, {{S("key"), S("working")}, {S("question"), S("What's working well?")}});
    prompts << s.insert(Kind::Prompt,
                        {{S("key"), S("not_working")}, {S("question"), S("What's not working so well?")}});
    const QStringList topics = {S("Neurodiversity"),
                                S("Mental health"),
                                S("Musculoskeletal health"),
                                S("Carers"),
                                S("Homelessness"),
                                S("Domestic abuse"),
                                S("Addiction"),
                                S("Children and young people")};
    int seed = 1;
    const QStringList hostile = hostileTexts();
    for (int t = 0; t < size.tables; ++t) {
        const qint64 tid = s.insert(Kind::Table,
                                    {{S("number"), t + 1},
                                     {S("topic"), topics[t % topics.size()]},
                                     {S("facilitator"), S("Facilitator %1").arg(t + 1)}});
        for (int p = 0; p < 3; ++p) {
            for (int n = 0; n < size.notesPerPrompt; ++n) {
                ok = ok
                    && s.insert(Kind::Note,
                                {{S("table_id"), tid},
                                 {S("prompt_id"), prompts[p]},
                                 {S("text"), sampleSentence(seed++, 6 + (n * 7) % 13)},
                                 {S("key_point"), n % 4 == 1}});
            }
        }
        if (t == 0 && size.hostile) {
            for (int h = 0; h < hostile.size(); ++h)
                ok = ok
                    && s.insert(Kind::Note,
                                {{S("table_id"), tid},
                                 {S("prompt_id"), prompts[h % 3]},
                                 {S("text"), hostile[h]},
                                 {S("key_point"), h == 2}});
        }
    }
    const QStringList places
        = {S("Bedford Borough"), S("Central Bedfordshire"), S("Luton"), S("Milton Keynes")};
    for (int p = 0; p < size.places; ++p) {
        const qint64 pid
            = s.insert(Kind::Place,
                       {{S("name"), places[p % places.size()]},
                        {S("priorities"), S("The group chose young people and mental health.")}});
        for (int a = 0; a < size.aimsPerPlace; ++a) {
            const qint64 aid = s.insert(Kind::Aim,
                                        {{S("place_id"), pid},
                                         {S("statement"),
                                          S("help more residents with %1 find and keep good work")
                                              .arg(topics[(p + a) % topics.size()].toLower())},
                                         {S("cohort"), topics[(p + a) % topics.size()]}});
            const int ideaCount = size.ideasPerAim + (p == 0 && a == 0 ? size.extraIdeas : 0);
            for (int i = 0; i < ideaCount; ++i) {
                QString text = sampleSentence(
                    seed++, 2 + i % 5 + (size.ideaExtraWords > 0 ? (i * 7) % (size.ideaExtraWords + 1) : 0));
                if (size.hostile && p == 0 && a == 0 && i < 3)
                    text = hostile[i];
                double impact = double((i * 37) % 100) / 100.0, effort = double((i * 53 + 11) % 100) / 100.0;
                if (size.quadrantOnlyEvery > 0 && i % size.quadrantOnlyEvery == 0)
                    quadrantCentre(quadrantOf(impact, effort), &impact, &effort);
                ok = ok
                    && s.insert(Kind::Idea,
                                {{S("aim_id"), aid},
                                 {S("text"), text},
                                 {S("impact"), impact},
                                 {S("effort"), effort},
                                 {S("unsorted"), i == size.ideasPerAim - 1 && a == 1}});
            }
            const int aimNumber = p * size.aimsPerPlace + a;
            for (int d = 0; d < 2 && (size.driverAims < 0 || aimNumber < size.driverAims); ++d) {
                const qint64 d1 = s.insert(Kind::Driver,
                                           {{S("aim_id"), aid},
                                            {S("parent_id"), QVariant()},
                                            {S("text"), S("Primary driver %1").arg(d + 1)}});
                for (int e = 0; e < 2; ++e) {
                    const qint64 d2
                        = s.insert(Kind::Driver,
                                   {{S("aim_id"), aid},
                                    {S("parent_id"), d1},
                                    {S("text"), S("Secondary driver %1.%2").arg(d + 1).arg(e + 1)}});
                    ok = ok
                        && s.insert(Kind::Driver,
                                    {{S("aim_id"), aid},
                                     {S("parent_id"), d2},
                                     {S("text"), sampleSentence(seed++, 4)}});
                }
            }
        }
        for (int a = 0; a < size.actionsPerPlace + (p == 0 ? size.extraActions : 0); ++a) {
            ok = ok
                && s.insert(Kind::Action,
                            {{S("place_id"), pid},
                             {S("cohort"), topics[(p + a) % topics.size()]},
                             {S("idea"), sampleSentence(seed++, 4)},
                             {S("action"),
                              (size.hostile && p == 1 && a == 0) ? hostile[0] : sampleSentence(seed++, 14)},
                             {S("who"), S("Place lead and partners")},
                             {S("by_when"), a % 2 ? S("Within 3 months") : S("2026-12-31")},
                             {S("measure"), sampleSentence(seed++, 7)}});
        }
    }
    const QList<Row> placeRows = s.rows(Kind::Place);
    const auto placeAt = [&](int i) { return i < placeRows.size() ? QVariant(placeRows[i].id) : QVariant(); };
    const auto poll = [&](const QString& q, const QString& kind, const QStringList& options,
                          const QList<QJsonObject>& votes, const QVariant& place = QVariant(),
                          const QString& role = QStringLiteral("other")) {
        const qint64 id = s.insert(Kind::Poll,
                                   {{S("question"), q},
                                    {S("kind"), kind},
                                    {S("state"), S("closed")},
                                    {S("place_id"), place},
                                    {S("role"), size.pollRoles ? role : S("other")}});
        for (const QString& o : options)
            ok = ok && s.insert(Kind::PollOption, {{S("poll_id"), id}, {S("text"), o}});
        int dev = 0;
        for (const QJsonObject& v : votes)
            ok = ok
                && s.insert(Kind::Vote,
                            {{S("poll_id"), id}, {S("device"), S("d%1").arg(dev++)}, {S("answer"), json(v)}});
        return id;
    };
    QList<QJsonObject> choice, ranking, scale, open;
    for (int v = 0; v < 24; ++v) {
        choice << QJsonObject {{S("choices"), QJsonArray {v % 3 == 0 ? 0 : (v % 5 == 0 ? 2 : 1)}}};
        ranking << QJsonObject {{S("ranking"), v % 2 ? QJsonArray {2, 0, 1} : QJsonArray {0, 2, 1}}};
        scale << QJsonObject {{S("scale"), 1 + (v * 7) % 5}};
    }
    open << QJsonObject {{S("text"), S("More time at the tables, please")}}
         << QJsonObject {{S("text"), S("Great to hear residents first")}};
    if (size.hostile)
        open << QJsonObject {{S("text"), hostile[3]}};
    poll(S("Which cohort should we focus on first?"), S("choice"),
         {S("Young people"), S("Mental health"), S("Carers")}, choice,
         size.pollRoles ? placeAt(0) : QVariant(), S("priorities"));
    poll(S("Rank these priorities"), S("ranking"), {S("Jobs"), S("Housing"), S("Skills")}, ranking);
    if (size.pollRoles)
        poll(S("Which cohorts should this place focus on?"), S("choice"),
             {S("Young people"), S("Carers"), S("Homelessness")}, choice, placeAt(1), S("priorities"));
    poll(S("What one word sums up today?"), S("open"), {}, open, QVariant(), S("feedback"));
    const qint64 fb = poll(S("How useful was today?"), S("scale"),
                           {S("Not at all"), S("A little"), S("Somewhat"), S("Very"), S("Extremely")}, scale,
                           QVariant(), S("feedback"));
    if (size.pollRoles)
        ok = ok
            && s.update(Kind::Event, 1, S("next_steps"),
                        S("Places check the ideas against their plans\nPlace boards agree the action plans\n"
                          "A progress update at the next seminar"));
    ok = ok && s.update(Kind::AgendaItem, closeItem, S("poll_id"), fb);

    const QStringList cols = {S("Bedford Borough"), S("Central Beds"),    S("Luton"),
                              S("Milton Keynes"),   S("East of England"), S("England")};
    for (int c = 0; c < cols.size(); ++c)
        ok = ok && s.insert(Kind::IndicatorColumn, {{S("name"), cols[c]}, {S("comparator"), c >= 4}});
    const QStringList domains
        = {S("Overall employment"), S("Employment gap"), S("Ill health"), S("Younger and older people")};
    for (int r = 0; r < 12; ++r) {
        QJsonArray vals;
        for (int c = 0; c < cols.size(); ++c)
            vals << QStringLiteral("%1%").arg(50 + ((r * 13 + c * 7) % 40));
        ok = ok
            && s.insert(Kind::Indicator,
                        {{S("domain"), domains[r / 3]},
                         {S("indicator"), S("Indicator number %1 for the area").arg(r + 1)},
                         {S("vals"), json(vals)},
                         {S("higher_is_better"), r % 3 != 1}});
    }
    return ok && tx.commit();
}

} // namespace rt::test
