// SPDX-License-Identifier: GPL-3.0-or-later
// A realistic table-discussion session for the Tables tests, benchmark and screenshots.
// The wording is our own, in the spirit of a health-and-employment seminar.
#pragma once

#include "domain/Kind.h"
#include "store/Store.h"

#include <QStringList>

namespace rt::sample {

inline QList<qint64> addPrompts(Store& store)
{
    return {store.insert(Kind::Prompt,
                         {{QStringLiteral("key"), QStringLiteral("matters")},
                          {QStringLiteral("question"), QStringLiteral("What matters to us?")}}),
            store.insert(Kind::Prompt,
                         {{QStringLiteral("key"), QStringLiteral("working")},
                          {QStringLiteral("question"), QStringLiteral("What's working well?")}}),
            store.insert(Kind::Prompt,
                         {{QStringLiteral("key"), QStringLiteral("not_working")},
                          {QStringLiteral("question"), QStringLiteral("What's not working so well?")}})};
}

inline qint64 addTable(Store& store, int number, const QString& topic, const QString& facilitator)
{
    return store.insert(Kind::Table,
                        {{QStringLiteral("number"), number},
                         {QStringLiteral("topic"), topic},
                         {QStringLiteral("facilitator"), facilitator}});
}

inline qint64 addNote(Store& store, qint64 table, qint64 prompt, const QString& text, bool keyPoint = false)
{
    return store.insert(Kind::Note,
                        {{QStringLiteral("table_id"), table},
                         {QStringLiteral("prompt_id"), prompt},
                         {QStringLiteral("text"), text},
                         {QStringLiteral("key_point"), keyPoint},
                         {QStringLiteral("created"), QStringLiteral("2026-11-25T10:00:00Z")},
                         {QStringLiteral("edited"), QStringLiteral("2026-11-25T10:00:00Z")}});
}

/** Eight topic tables, each with about ten notes per prompt and a few key points. */
inline void fill(Store& store)
{
    const QList<qint64> prompts = addPrompts(store);
    const QStringList topics = {QStringLiteral("Neurodiversity"),
                                QStringLiteral("Mental health"),
                                QStringLiteral("MSK"),
                                QStringLiteral("Carers"),
                                QStringLiteral("Homelessness"),
                                QStringLiteral("Domestic abuse"),
                                QStringLiteral("Addiction"),
                                QStringLiteral("Children and young people")};
    const QStringList facilitators
        = {QStringLiteral("Priya Shah"),   QStringLiteral("Tom Okafor"),   QStringLiteral("Hannah Lee"),
           QStringLiteral("Marek Nowak"),  QStringLiteral("Grace Mensah"), QStringLiteral("Owen Price"),
           QStringLiteral("Aisha Rahman"), QStringLiteral("Dan Whitfield")};
    const QList<QStringList> pools = {
        {QStringLiteral("Being listened to the first time, not having to tell my story again and again"),
         QStringLiteral("A manager who asks what helps rather than assuming"),
         QStringLiteral("Flexible hours so appointments don't cost me my job"),
         QStringLiteral("Feeling that work is somewhere I belong, not just somewhere I go"),
         QStringLiteral("Transport that actually gets you to the industrial estates before 8am"),
         QStringLiteral("Money: knowing a job won't leave me worse off than benefits"),
         QStringLiteral("Peer support from people who have been through it"),
         QStringLiteral("Small steps – volunteering, then a few paid hours, then more"),
         QStringLiteral("Employers who see skills, not gaps in a CV"),
         QStringLiteral("One named person who follows you through the system"),
         QStringLiteral("Confidence comes before the CV"),
         QStringLiteral("Being treated as a person, not a case number")},
        {QStringLiteral("Work coaches based in GP surgeries – people drop in without an appointment"),
         QStringLiteral("Individual Placement and Support is getting results locally"),
         QStringLiteral("Job fairs run with the college, with interview practice on the day"),
         QStringLiteral("Reasonable adjustments agreed early, written down and reviewed"),
         QStringLiteral("Community champions who speak the languages of the estate"),
         QStringLiteral("Access to Work grants when people know about them"),
         QStringLiteral("Charities and council sharing one referral form"),
         QStringLiteral("Apprenticeships with a mentor from outside the line management chain"),
         QStringLiteral("Digital skills sessions at the library on Saturdays"),
         QStringLiteral("Employer pledges that are checked, not just signed"),
         QStringLiteral("Warm handovers between services instead of a leaflet")},
        {QStringLiteral("Waiting lists: by the time support starts the job offer has gone"),
         QStringLiteral("Too many services, nobody knows who does what"),
         QStringLiteral("Fear of losing benefits stops people trying a few hours of work"),
         QStringLiteral("Funding ends every March so good projects disappear"),
         QStringLiteral("Occupational health only for big employers"),
         QStringLiteral("Transport after 6pm and on Sundays is poor or doesn't exist"),
         QStringLiteral("Forms that assume everyone reads English well and is online"),
         QStringLiteral("Data is not shared, so people repeat their story to every service"),
         QStringLiteral("Stigma: people hide their condition at interview"),
         QStringLiteral("Fit notes say 'not fit' when 'may be fit with adjustments' would help"),
         QStringLiteral("Short-term contracts make it hard to keep staff who know the families")},
    };
    for (int t = 0; t < topics.size(); ++t) {
        const qint64 table = addTable(store, t + 1, topics[t], facilitators[t]);
        for (int p = 0; p < prompts.size(); ++p) {
            const QStringList& pool = pools[p];
            const int n = 8 + (t + p) % 4;
            for (int i = 0; i < n; ++i) {
                const QString& text = pool[(i + t * 3) % pool.size()];
                addNote(store, table, prompts[p], text, i == 1 || (i == 4 && p != 1));
            }
        }
    }
}

} // namespace rt::sample
