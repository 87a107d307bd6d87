// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/NoteListModel.h"

#include "commands/NoteCommands.h"
#include "session/Document.h"

#include <QDateTime>
#include <QUndoCommand>

namespace rt {

namespace {
const QString Text = QStringLiteral("text");
const QString KeyPoint = QStringLiteral("key_point");
} // namespace

NoteListModel::NoteListModel(Document* document, QObject* parent)
    : RowListModel(document, Kind::Note, {Text}, parent)
    , m_document(document)
{
    setFilter({{QStringLiteral("table_id"), qint64(0)}, {QStringLiteral("prompt_id"), qint64(0)}});
}

void NoteListModel::setList(qint64 tableId, qint64 promptId)
{
    setFilter({{QStringLiteral("table_id"), tableId}, {QStringLiteral("prompt_id"), promptId}});
}

QString NoteListModel::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant NoteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rowAt(index.row());
    switch (role) {
    case KeyPointRole:
        return r.flag(KeyPoint);
    case CreatedRole:
        return r.str(QStringLiteral("created"));
    case EditedRole:
        return r.str(QStringLiteral("edited"));
    case Qt::AccessibleTextRole:
        return r.flag(KeyPoint) ? tr("Key point: %1").arg(r.str(Text)) : r.str(Text);
    case Qt::ToolTipRole: // the whole text is on screen already: where it came from is not
        return Provenance::plainToolTip(RowListModel::data(index, ProvenanceRole).toString());
    case Qt::AccessibleDescriptionRole:
        return RowListModel::data(index, ProvenanceRole);
    default:
        return RowListModel::data(index, role);
    }
}

bool NoteListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row& r = rowAt(index.row());
    if (!m_document || !m_document->store())
        return false;
    if (role == KeyPointRole) {
        if (r.flag(KeyPoint) == value.toBool())
            return true;
        return m_document->push(NoteCommands::setKeyPoint(m_document->store(), r.id, value.toBool()));
    }
    if (role != Qt::EditRole || index.column() != 0)
        return RowListModel::setData(index, value, role);
    // Verbatim: only the white space around the text goes, as when it was typed; a note is
    // never left blank (delete it instead).
    const QString text = NoteCommands::clean(value.toString());
    if (text.isEmpty())
        return false;
    if (text == r.str(Text))
        return true;
    return m_document->push(NoteCommands::editText(m_document->store(), r.id, text));
}

QHash<int, QByteArray> NoteListModel::roleNames() const
{
    QHash<int, QByteArray> names = RowListModel::roleNames();
    names.insert(IdRole, "noteId");
    names.insert(KeyPointRole, "keyPoint");
    names.insert(CreatedRole, "created");
    names.insert(EditedRole, "edited");
    names.insert(ProvenanceRole, "provenance");
    names.insert(MadeByRole, "madeBy");
    return names;
}

} // namespace rt
