// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/PlaceEdits.h"

#include "commands/Edit.h"
#include "commands/RowCommands.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace rt::edit {

namespace {

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

using FieldEdits = QList<QPair<qint64, QVariantMap>>;

/** Field edits of @p kind as one step named @p one or @p many. */
bool pushEdits(Document& doc, Kind kind, const FieldEdits& edits, const QString& one, const QString& many)
{
    Store* store = doc.store();
    return push(
        doc,
        oneStep(store, edits.size(), one, many, [&](qsizetype i, const QString& text, QUndoCommand* parent) {
            return new EditRowCommand(store, kind, edits[i].first, edits[i].second, text, parent);
        }));
}

/** Removals of @p ids of @p kind as one step named @p one or @p many. */
bool pushRemovals(Document& doc, Kind kind, const QList<qint64>& ids, const QString& one, const QString& many)
{
    Store* store = doc.store();
    if (!store)
        return false;
    return push(
        doc,
        oneStep(store, ids.size(), one, many, [&](qsizetype i, const QString& text, QUndoCommand* parent) {
            return new RemoveRowCommand(store, kind, ids[i], text, parent);
        }));
}

qint64 pushInsertRow(Document& doc, Kind kind, const QVariantMap& values, const QString& text)
{
    if (!doc.store())
        return 0;
    auto* insert = new InsertRowCommand(doc.store(), kind, values, -1, text);
    return pushInsert(doc, insert, insert);
}

bool pushMove(Document& doc, Kind kind, qint64 id, int position, const QString& text)
{
    if (!doc.store() || id <= 0)
        return false;
    return push(doc, new MoveRowCommand(doc.store(), kind, id, {}, position, text));
}

QVariantMap parkedIdea(qint64 aimId, const QString& text)
{
    return {{col::AimId, aimId},
            {col::Text, text},
            {col::Impact, 0.5},
            {col::Effort, 0.5},
            {col::Unsorted, true}};
}

} // namespace

// PICK chart ----------------------------------------------------------------------------------

bool moveIdeas(Document& doc, const QList<IdeaSpot>& spots, const QString& undoText)
{
    const Store* store = doc.store();
    if (!store)
        return false;
    FieldEdits edits;
    for (const IdeaSpot& spot : spots) {
        const Row r = store->row(Kind::Idea, spot.idea);
        if (!r.isValid())
            continue;
        QVariantMap v;
        if (spot.unsorted) {
            // Parked again, keeping its last place on the chart.
            if (!r.flag(col::Unsorted))
                v.insert(col::Unsorted, true);
        } else {
            const double impact = clamp01(spot.impact);
            const double effort = clamp01(spot.effort);
            if (impact != r.real(col::Impact))
                v.insert(col::Impact, impact);
            if (effort != r.real(col::Effort))
                v.insert(col::Effort, effort);
            if (r.flag(col::Unsorted))
                v.insert(col::Unsorted, false);
        }
        if (!v.isEmpty())
            edits.append({r.id, v});
    }
    const int n = int(edits.size());
    if (!undoText.isEmpty())
        return pushEdits(doc, Kind::Idea, edits, undoText, undoText);
    return pushEdits(doc, Kind::Idea, edits, QCoreApplication::translate("rt::edit", "Move idea"),
                     QCoreApplication::translate("rt::edit", "Move %n idea(s)", nullptr, n));
}

bool nudgeIdeas(Document& doc, const QList<qint64>& ideas, double dImpact, double dEffort)
{
    const Store* store = doc.store();
    if (!store)
        return false;
    FieldEdits edits;
    for (qint64 id : ideas) {
        const Row r = store->row(Kind::Idea, id);
        if (!r.isValid() || r.flag(col::Unsorted))
            continue;
        const double impact = clamp01(r.real(col::Impact) + dImpact);
        const double effort = clamp01(r.real(col::Effort) + dEffort);
        if (impact != r.real(col::Impact) || effort != r.real(col::Effort))
            edits.append({r.id, {{col::Impact, impact}, {col::Effort, effort}}});
    }
    const int n = int(edits.size());
    return pushEdits(doc, Kind::Idea, edits, QCoreApplication::translate("rt::edit", "Move idea"),
                     QCoreApplication::translate("rt::edit", "Move %n idea(s)", nullptr, n));
}

bool deleteIdeas(Document& doc, const QList<qint64>& ideas)
{
    return pushRemovals(
        doc, Kind::Idea, ideas, QCoreApplication::translate("rt::edit", "Delete idea"),
        QCoreApplication::translate("rt::edit", "Delete %n idea(s)", nullptr, int(ideas.size())));
}

qint64 addIdea(Document& doc, qint64 aimId, const QString& text, std::optional<QPointF> spot)
{
    if (aimId <= 0 || text.trimmed().isEmpty())
        return 0;
    QVariantMap values = parkedIdea(aimId, text);
    if (spot) {
        values.insert(col::Impact, clamp01(spot->x()));
        values.insert(col::Effort, clamp01(spot->y()));
        values.insert(col::Unsorted, false);
    }
    return pushInsertRow(doc, Kind::Idea, values, QCoreApplication::translate("rt::edit", "Add idea"));
}

QStringList ideaLines(const QString& pasted)
{
    static const QRegularExpression breaks(QStringLiteral("\\r\\n|\\r|\\n"));
    static const QRegularExpression bullet(
        QStringLiteral("^(?:[\\x{2022}\\x{25CF}\\x{25AA}*-]|\\d+[.)])\\s+"));
    QStringList texts;
    const QStringList split = pasted.split(breaks);
    for (QString line : split) {
        line = line.trimmed();
        line.remove(bullet);
        if (!line.isEmpty())
            texts << line;
    }
    return texts;
}

int addIdeas(Document& doc, qint64 aimId, const QString& pasted)
{
    Store* store = doc.store();
    if (!store || aimId <= 0)
        return 0;
    const QStringList texts = ideaLines(pasted);
    const int n = int(texts.size());
    QUndoCommand* step = oneStep(store, n, QCoreApplication::translate("rt::edit", "Add idea"),
                                 QCoreApplication::translate("rt::edit", "Add %n idea(s)", nullptr, n),
                                 [&](qsizetype i, const QString& text, QUndoCommand* parent) {
                                     return new InsertRowCommand(
                                         store, Kind::Idea, parkedIdea(aimId, texts[i]), -1, text, parent);
                                 });
    return push(doc, step) ? n : 0;
}

bool editIdeaText(Document& doc, qint64 ideaId, const QString& text)
{
    Store* store = doc.store();
    if (!store)
        return false;
    const Row r = store->row(Kind::Idea, ideaId);
    if (!r.isValid() || r.str(col::Text) == text)
        return false;
    return push(doc,
                new EditRowCommand(store, Kind::Idea, ideaId, {{col::Text, text}},
                                   QCoreApplication::translate("rt::edit", "Edit idea")));
}

qint64 makeActionFromIdea(Document& doc, qint64 ideaId)
{
    const Store* store = doc.store();
    if (!store)
        return 0;
    const Row idea = store->row(Kind::Idea, ideaId);
    const Row aim = store->row(Kind::Aim, idea.ref(col::AimId));
    if (!idea.isValid() || !aim.isValid())
        return 0;
    const QVariantMap values {{col::PlaceId, aim.ref(col::PlaceId)},
                              {col::Cohort, aim.str(col::Cohort)},
                              {col::Idea, idea.str(col::Text)},
                              {col::IdeaId, ideaId}};
    return pushInsertRow(doc, Kind::Action, values,
                         QCoreApplication::translate("rt::edit", "Make action from idea"));
}

// Places and aims ------------------------------------------------------------------------------

qint64 addPlace(Document& doc, const QString& name)
{
    return pushInsertRow(doc, Kind::Place, {{col::Name, name}},
                         QCoreApplication::translate("rt::edit", "Add place"));
}

bool removePlace(Document& doc, qint64 placeId)
{
    if (placeId <= 0)
        return false;
    return pushRemovals(doc, Kind::Place, {placeId}, QCoreApplication::translate("rt::edit", "Delete place"),
                        {});
}

bool movePlace(Document& doc, qint64 placeId, int position)
{
    return pushMove(doc, Kind::Place, placeId, position,
                    QCoreApplication::translate("rt::edit", "Reorder places"));
}

bool setPlacePriorities(Document& doc, qint64 placeId, const QString& text)
{
    Store* store = doc.store();
    if (!store || placeId <= 0)
        return false;
    const Row place = store->row(Kind::Place, placeId);
    if (!place.isValid() || place.str(col::Priorities) == text)
        return false;
    return push(
        doc,
        new EditRowCommand(store, Kind::Place, placeId, {{col::Priorities, text}},
                           QCoreApplication::translate("rt::edit", "Edit what the place prioritised")));
}

qint64 addAim(Document& doc, qint64 placeId)
{
    if (placeId <= 0)
        return 0;
    return pushInsertRow(doc, Kind::Aim, {{col::PlaceId, placeId}},
                         QCoreApplication::translate("rt::edit", "Add aim"));
}

bool removeAim(Document& doc, qint64 aimId)
{
    if (aimId <= 0)
        return false;
    return pushRemovals(doc, Kind::Aim, {aimId}, QCoreApplication::translate("rt::edit", "Delete aim"), {});
}

bool moveAim(Document& doc, qint64 aimId, int position)
{
    return pushMove(doc, Kind::Aim, aimId, position, QCoreApplication::translate("rt::edit", "Reorder aims"));
}

// Action plan ----------------------------------------------------------------------------------

qint64 addAction(Document& doc, qint64 placeId, const QString& cohort)
{
    if (placeId <= 0)
        return 0;
    return pushInsertRow(doc, Kind::Action, {{col::PlaceId, placeId}, {col::Cohort, cohort}},
                         QCoreApplication::translate("rt::edit", "Add action"));
}

bool removeActions(Document& doc, const QList<qint64>& actions)
{
    return pushRemovals(
        doc, Kind::Action, actions, QCoreApplication::translate("rt::edit", "Delete action"),
        QCoreApplication::translate("rt::edit", "Delete %n action(s)", nullptr, int(actions.size())));
}

bool moveAction(Document& doc, qint64 actionId, int position)
{
    return pushMove(doc, Kind::Action, actionId, position,
                    QCoreApplication::translate("rt::edit", "Reorder actions"));
}

} // namespace rt::edit
