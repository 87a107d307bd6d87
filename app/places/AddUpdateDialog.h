// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace rt {

/** Asks for one progress line of an action: who reports it, its status now, what they said. */
class AddUpdateDialog : public QDialog
{
    Q_OBJECT
public:
    AddUpdateDialog(const QString& action, const QString& who, const QString& status,
                    QWidget* parent = nullptr);

    QString who() const;
    QString text() const;
    QString status() const;

private:
    QLineEdit* m_who;
    QComboBox* m_status;
    QPlainTextEdit* m_text;
};

} // namespace rt
