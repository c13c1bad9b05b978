package io.accountsuite.notification;

import io.accountsuite.testkit.StandardEndpointsContract;

@NotificationTest
class NotificationStandardEndpointsIT extends StandardEndpointsContract {
}
