import org.bmi4j.core.model.*;
import org.bmi4j.core.analysis.*;

// jshell runs a line as soon as it is a complete statement, so continued lines end with '.'
var shop = Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
var locals = Actor.of("locals", "Local households", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
var kinds = List.of(ValueKind.ECONOMIC, ValueKind.ENVIRONMENTAL);
var refills = Offering.of("refills", "Package-free refills", kinds, Set.of("locals"));
var sell = Exchange.of("sell", "shop", "locals", Exchanged.offering("refills"), Channel.OWN_OUTLET);
var sales = RevenueStream.of("sales", "locals", RevenueMechanism.SALE);
var before = BusinessModel.builder().id("refill").name("Refill shop").addOwner("shop").
    addActors(shop, locals).addAllMissions(kinds).
    proposition(ValueProposition.of(List.of(refills))).
    exchange(ValueExchange.of(List.of(sell))).
    capture(ValueCapture.builder().addRevenueStream(sales).build()).
    build();

// the change: the shop also delivers refills to the door
var deliver = Exchange.of("deliver", "shop", "locals", Exchanged.offering("refills"), Channel.DIRECT);
var after = before.withExchange(ValueExchange.of(List.of(sell, deliver)));

var diff = BusinessModelDiff.of(before, after);
System.out.println(diff.added().stream().map(ElementChange::key).toList());
var verdict = ClassificationPolicy.defaults().classify(diff);
System.out.println(verdict.bmiClass() + " by rule " + verdict.rule() + ", major: " + verdict.isMajor());
