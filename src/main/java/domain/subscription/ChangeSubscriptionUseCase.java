package domain.subscription;

import java.util.UUID;

/** A subscriber changes the plan or the quantity of their subscription. */
public interface ChangeSubscriptionUseCase {

    /** Changes plan and/or quantity from the next delivery that is not yet paid or dispatched. */
    Subscription change(String userId, UUID subscriptionId, UUID newPlanId, Integer newQuantity);
}
