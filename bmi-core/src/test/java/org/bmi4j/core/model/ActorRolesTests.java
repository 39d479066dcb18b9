package org.bmi4j.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An actor in several roles is one actor: its roles are read through {@link Actor#roles()}. */
class ActorRolesTests {
  private static final Actor PICKERS =
      Actor.builder()
          .id("pickers")
          .name("Waste pickers")
          .role(ActorRole.BENEFICIARY)
          .sector(Sector.SOCIAL)
          .addOtherRole(ActorRole.SUPPLIER)
          .build();

  @Test
  void anActorPlaysItsMainRoleThenItsOtherRoles() {
    assertEquals(List.of(ActorRole.BENEFICIARY, ActorRole.SUPPLIER), PICKERS.roles().asList());
    assertTrue(PICKERS.hasRole(ActorRole.SUPPLIER));
    assertTrue(PICKERS.hasRole(ActorRole.BENEFICIARY));
    assertFalse(PICKERS.hasRole(ActorRole.CUSTOMER_SEGMENT));
  }

  @Test
  void anActorWithOneRoleHasJustThat() {
    Actor shop = ModelDraft.SHOP;
    assertEquals(List.of(ActorRole.FOCAL_FIRM), shop.roles().asList());
  }

  @Test
  void aBeneficiaryWhoSuppliesIsCheckedForReciprocityOnceAsTheSameActor() {
    ModelDraft draft = ModelDraft.valid();
    draft.actors.add(PICKERS);
    draft.exchanges.add(
        Exchange.builder()
            .id("sorted-waste")
            .provider("pickers")
            .recipient("shop")
            .what(Exchanged.item("sorted waste"))
            .channel(Channel.DIRECT)
            .build());
    draft.exchanges.add(
        Exchange.builder()
            .id("fair-pay")
            .provider("shop")
            .recipient("pickers")
            .what(Exchanged.item("money"))
            .channel(Channel.DIRECT)
            .build());

    BusinessModel model = draft.build();

    assertEquals(List.of(), model.coherence());
    assertEquals(4, model.actors().size());
  }
}
