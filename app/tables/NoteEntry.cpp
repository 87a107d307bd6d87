// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/NoteEntry.h"

#include "commands/NoteEdits.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextDocument>

namespace rt {

NoteEntry::NoteEntry(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Verbatim capture: no prediction, completion or automatic capitals from input methods.
    setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    setPlaceholderText(tr("Type a note and press Enter\nShift+Enter: new line"));
    setAccessibleName(tr("New note"));
    setAccessibleDescription(tr("Enter adds the note and keeps the cursor here for the next one."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QString NoteEntry::textOf(const QPlainTextEdit* edit)
{
    // toPlainText() turns non-breaking spaces into spaces; the raw text keeps them.
    QString raw = edit->document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return raw;
}

QString NoteEntry::text() const
{
    return textOf(this);
}

QSize NoteEntry::sizeHint() const
{
    const int lines = 3;
    const QMargins m = contentsMargins();
    const int h
        = fontMetrics().lineSpacing() * lines + int(2 * document()->documentMargin()) + m.top() + m.bottom();
    return {QPlainTextEdit::sizeHint().width(), h};
}

QSize NoteEntry::minimumSizeHint() const
{
    return {80, sizeHint().height()};
}

bool NoteEntry::event(QEvent* event)
{
    // With nothing of its own to undo (e.g. just after Enter), the box lets Ctrl+Z through to
    // the window's Undo, which takes back the note just added.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->matches(QKeySequence::Undo) && !document()->isUndoAvailable())
            || (key->matches(QKeySequence::Redo) && !document()->isRedoAvailable())) {
            event->ignore();
            return false;
        }
    }
    return QPlainTextEdit::event(event);
}

void NoteEntry::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::ShiftModifier) {
            // A plain line break (not the soft U+2028 QPlainTextEdit would insert).
            textCursor().insertText(QStringLiteral("\n"));
            ensureCursorVisible();
            event->accept();
            return;
        }
        if (mods == Qt::NoModifier) {
            event->accept();
            emit submitted(text());
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void NoteEntry::insertFromMimeData(const QMimeData* source)
{
    QPlainTextEdit::insertFromMimeData(source);
    if (source && source->hasText()) {
        const int n = int(edit::splitNotes(source->text()).size());
        if (n > 1)
            emit pastedLines(n);
    }
}

} // namespace rt
