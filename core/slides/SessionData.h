// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rt {
class Store;
}

namespace rt::slides {

/**
 * A plain copy of everything the summary pack shows, read from a Store on the Store's
 * thread. Building slides and writing files work on this copy, so they can run on any thread.
 */
struct SessionData
{
    struct Note
    {
        QString text;
        bool keyPoint = false;
    };
    struct Prompt
    {
        QString key;
        QString question;
    };
    struct Table
    {
        int number = 0;
        QString topic;
        QString facilitator;
        QList<QList<Note>> notes; ///< one list per prompt, in prompt order
    };
    struct Idea
    {
        QString text;
        double impact = 0.5;
        double effort = 0.5;
        bool unsorted = false;
    };
    struct DriverNode
    {
        QString text;
        QList<DriverNode> children;
    };
    struct Aim
    {
        QString statement;
        QString cohort;
        QList<Idea> ideas;
        QList<DriverNode> drivers; ///< primary drivers
    };
    struct Update
    {
        QString at, who, text, status;
    };
    struct Action
    {
        QString cohort, idea, action, who, byWhen, measure;
        QString status, due, reviewed; ///< following through: status key, ISO due date, ISO time
        QList<Update> updates; ///< the progress log, oldest first
    };
    struct Poll
    {
        QString question;
        QString kind;
        QString state;
        QStringList options;
        QList<QJsonObject> votes;
        int place = -1; ///< index into places, or -1
        bool feedback = false; ///< asked at the close of the day
    };
    struct Place
    {
        QString name;
        QString priorities;
        QList<Aim> aims;
        QList<Action> actions;
    };
    struct AgendaItem
    {
        QString start, end, title, kind;
    };
    struct Period
    {
        QString period;
        QStringList values;
    };
    struct IndicatorRow
    {
        QString domain, indicator;
        QStringList values; ///< the baseline (the event's data pack)
        bool higherIsBetter = true;
        QList<Period> periods; ///< later readings, in the order they were added
    };

    QString title, date, venue, organiser, disclaimer, language;
    QStringList purpose;
    QList<AgendaItem> agenda;
    QList<Prompt> prompts;
    QList<Table> tables;
    QList<Place> places;
    QList<Poll> polls;
    QStringList indicatorColumns;
    QList<bool> comparator;
    QList<IndicatorRow> indicators;

    static SessionData load(const Store& store);
};

} // namespace rt::slides
