// SPDX-License-Identifier: GPL-3.0-or-later
// The main window for GUI tests: messages are answered without a dialog and remembered.
#pragma once

#include "shell/MainWindow.h"

namespace rt::test {

class TestWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;
    /** The answer to a message that asks (open read-only?, close anyway?); others get Ok. */
    Choice answer = Choice::Cancel;
    QList<Message> messages;

protected:
    Choice showMessage(const Message& message) override
    {
        messages.append(message);
        return message.offerReadOnly || message.offerCloseAnyway ? answer : Choice::Ok;
    }
};

} // namespace rt::test
