using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Wire vectors for news replies, written from the official v200 layouts.</summary>
public class NewsVectors
{
    [Fact]
    public void News_bulletin_unescapes_its_text()
    {
        var bulletin = (NewsBulletin)WireVectors.AssertVector(
            Direction.Server,
            """14|1|12|1|Trading in Soci\u00e9t\u00e9 G\u00e9n\u00e9rale halted|SBF|""",
            """{"msg_id":12,"msg_type":1,"headline":"Trading in Société Générale halted","source":"SBF"}""");
        Assert.Equal("SBF", bulletin.OriginatingExch);
    }

    [Fact]
    public void News_article_has_type_and_text()
    {
        WireVectors.AssertVector(
            Direction.Server,
            """83|21|0|<p>Caf\u00e9 prices</p>|""",
            """{"req_id":21,"article_type":0,"article_text":"<p>Café prices</p>"}""");
        WireVectors.AssertVector(Direction.Server, "83|21|1|JVBERi0xLjQK|", """{"article_type":1,"article_text":"JVBERi0xLjQK"}""");
    }

    [Fact]
    public void News_providers_has_no_request_id()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "85|2|BRFG|Briefing.com General Market Columns|BZ|Benzinga Pro|",
            """{"providers":[{"code":"BRFG","name":"Briefing.com General Market Columns"},{"code":"BZ","name":"Benzinga Pro"}]}""");
    }

    [Fact]
    public void Historical_news_and_its_end()
    {
        WireVectors.AssertVector(
            Direction.Server,
            "86|22|2026-03-24 09:05:41.0|BZ|BZ$0c1d2e|Futures edge higher before CPI|",
            """{"req_id":22,"time":"2026-03-24 09:05:41.0","provider_code":"BZ","article_id":"BZ$0c1d2e","headline":"Futures edge higher before CPI"}""");
        WireVectors.AssertVector(Direction.Server, "87|22|1|", """{"req_id":22,"has_more":true}""");
        WireVectors.AssertVector(Direction.Server, "87|22|0|", """{"req_id":22,"has_more":false}""");
    }
}
