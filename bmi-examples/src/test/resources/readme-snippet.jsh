import org.bmi4j.core.model.*;
import org.bmi4j.core.analysis.*;

var shop = Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
var locals = Actor.of("locals", "Local households", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
var before = BusinessModel.builder().id("refill").name("Refill shop").addOwner("shop")
    .addActor(shop).addActor(locals)
    .addMission(ValueKind.ECONOMIC).addMission(ValueKind.ENVIRONMENTAL)
    .proposition(ValueProposition.builder().addOffering(Offering.builder().id("refills")
        .name("Package-free refills").addBeneficiary("locals")
        .addValueKind(ValueKind.ECONOMIC).addValueKind(ValueKind.ENVIRONMENTAL).build()).build())
    .exchange(ValueExchange.builder().addExchange(Exchange.builder().id("sell").from("shop")
        .to("locals").what(Exchanged.offering("refills")).channel(Channel.OWN_OUTLET).build())
        .build())
    .capture(ValueCapture.builder().addRevenueStream(RevenueStream.builder().id("sales")
        .payer("locals").mechanism(RevenueMechanism.SALE).build()).build())
    .build();

// the change: refills are also delivered to the door, ordered online
var after = BusinessModel.builder().from(before)
    .exchange(ValueExchange.builder().from(before.exchange())
        .addExchange(Exchange.builder().id("deliver").from("shop").to("locals")
            .what(Exchanged.offering("refills")).channel(Channel.DIRECT).build()).build())
    .build();

var diff = BusinessModelDiff.of(before, after);
System.out.println(diff.added());
var verdict = ClassificationPolicy.defaults().classify(diff);
System.out.println(verdict.bmiClass() + " by rule " + verdict.rule() + ", major: " + verdict.isMajor());
