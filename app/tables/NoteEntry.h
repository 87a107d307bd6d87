// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace rt {

/**
 * The box under a prompt column where the facilitator types what the table says. Enter hands
 * the text over (submitted) and the box keeps the focus for the next note; Shift+Enter starts
 * a new line. Nothing is corrected or completed: the text is the room's words. A paste of
 * several lines is announced (pastedLines) so the column can offer to split it.
 */
class NoteEntry : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NoteEntry(QWidget* parent = nullptr);

    /** The text exactly as in the box (block breaks as "\n"; nothing else changed). */
    QString text() const;
    static QString textOf(const QPlainTextEdit* edit);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void submitted(const QString& text);
    void pastedLines(int count);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;
};

} // namespace rt
